package com.incidentreports.export.api;

import com.incidentreports.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportFormatTest {

    @Test
    void aFileNameHoldsOnlyLettersDigitsAndDashes() {
        assertEquals("introspection-query-broken-during-the-grpc-release.md", ExportFormat.fileName(
                "Introspection query broken during the gRPC release", "report-1", "md"));
        assertEquals("cafe-down-100-a-b.pdf", ExportFormat.fileName("Café \"down\" 100%; a/b\r\n", "report-1",
                "pdf"));
        assertEquals("report-7.pdf", ExportFormat.fileName("日本語", "report-7", "pdf"));
        assertTrue(ExportFormat.fileName("x".repeat(300), "r", "md").length() <= 83);
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheAllowedOnes() {
        assertEquals("pdf", ExportFormat.read("PDF", "markdown", "pdf"));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ExportFormat.read("docx", "markdown", "pdf"));
        assertTrue(refused.getMessage().contains("markdown, pdf"), refused::getMessage);
    }
}
