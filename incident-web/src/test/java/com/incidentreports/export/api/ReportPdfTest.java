package com.incidentreports.export.api;

import com.incidentreports.demo.DemoReportDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF export of the demo data's seed report, opened with PDFBox: its text holds the title, the impact, the four
 * parts and the actions with owner and status. The PDF is kept in target/exports, to be looked at.
 */
class ReportPdfTest {

    @Test
    void theSeedReportPrintsWithAllItsContent() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportPdf.write(DemoReportDocument.introspection(Instant.parse("2026-05-01T07:00:00Z")),
                "https://incidents.example/reports/1", pdf);
        Path kept = Path.of("target", "exports", "introspection.pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf.toByteArray());

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertEquals("Introspection query broken during the gRPC release",
                    document.getDocumentInformation().getTitle());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            for (String expected : new String[] {
                    "Introspection query broken during the gRPC release",
                    "Slash GraphQL · By Alex Author · Published 2020-07-28 13:30",
                    "Impact", "Severity SEV2 — Major: a core feature is broken for many users",
                    "Started 2020-07-28 10:00", "Ended 2020-07-28 11:10", "Duration 1 h 10 min",
                    "Times in UTC",
                    "1. Incident", "the Introspection Query was broken",
                    "2. Why it happened", "updated the Alpha image with the slash tag",
                    "3. Who was affected", "4. How we ensure it does not happen again",
                    "We will check the slash image build date",
                    "Follow-up actions", "1 of 2 verified",
                    "Add the introspection query to the API test suite", "Alex Author", "(@author)", "Verified",
                    "2026-04-21", "Open", "2026-04-26",
                    "Exported from Incident Reports: https://incidents.example/reports/1"}) {
                assertTrue(text.contains(expected), () -> "The PDF lacks \"" + expected + "\":\n" + text);
            }
        }
    }

    @Test
    void markupInTypedTextIsPrintedAsText() throws IOException {
        String html = ReportPdf.html(DemoReportDocument.introspection(Instant.parse("2026-05-01T07:00:00Z")),
                "https://incidents.example/reports/1?a=1&b=<2>");
        assertTrue(html.contains("https://incidents.example/reports/1?a=1&amp;b=&lt;2&gt;"), html);
    }
}
