package com.incidentreports.export;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.ApiAssertions.fieldMessage;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report exported as Markdown and PDF, a service log as CSV: downloads named after the title, exactly as visible
 * as the report, the formats named when another is asked for.
 */
@ApplicationTest
class ExportIT {

    @Test
    void aReportExportsAsMarkdownWithItsActions() {
        JsonObject service = TestData.service().create();
        JsonObject report = TestData.report(service.getJsonNumber("id").longValue())
                .titled("Checkout | errors: *all* cards " + TestData.uniqueWord()).published().create();
        long id = report.getJsonNumber("id").longValue();
        TestData.action(id).with("title", "Add an index check to review").ownedBy(STAFF).createAs(QA_LEAD);

        Reply markdown = ok(Server.as(STAFF).get("/api/v1/reports/" + id + "/export?format=markdown"));

        assertTrue(markdown.contentType().startsWith("text/markdown"), markdown::describe);
        String expectedName = report.getString("title").toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".md";
        assertEquals("attachment; filename=\"" + expectedName + "\"", markdown.header("Content-Disposition"));
        List<String> lines = markdown.body().lines().toList();
        assertEquals("# " + report.getString("title").replace("|", "\\|").replace("*", "\\*"), lines.get(0));
        assertTrue(lines.contains("## 1. Incident"), markdown::body);
        assertTrue(lines.contains("Checkout answered 500 for some users."), markdown::body);
        assertTrue(lines.contains("- **Users affected:** 120"), markdown::body);
        assertTrue(lines.stream().anyMatch(line -> line.matches("\\| Add an index check to review \\| .+ "
                + "\\(@staff\\) \\| Open \\| \\d{4}-\\d{2}-\\d{2} \\|")), markdown::body);
    }

    @Test
    void aReportExportsAsAPdfWithItsContent() throws IOException, InterruptedException {
        JsonObject report = TestData.publishedReport();
        long id = report.getJsonNumber("id").longValue();

        HttpResponse<byte[]> pdf = download(STAFF, "/api/v1/reports/" + id + "/export?format=pdf");

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").matches(
                "attachment; filename=\"checkout-errors-t[0-9a-f]{12}\\.pdf\""), pdf.headers()::toString);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(report.getString("title"), document.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of(report.getString("title"), "1. Incident",
                    "Checkout answered 500 for some users.", "2. Why it happened",
                    "A configuration change removed a database index.", "Customers paying by card.",
                    "Schema changes now go through review.", "Follow-up actions", "No follow-up actions.")) {
                assertTrue(text.contains(expected), () -> "The PDF lacks \"" + expected + "\": " + text);
            }
        }
    }

    @Test
    void anExportIsExactlyAsVisibleAsItsReport() {
        JsonObject service = TestData.service().create();
        JsonObject restricted = assertStatus(201, Server.as(AUTHOR).post("/api/v1/reports",
                TestData.report(service.getJsonNumber("id").longValue())
                        .restrictedTo(QA_LEAD)
                        .published().body()));
        String path = "/api/v1/reports/" + restricted.getJsonNumber("id").longValue() + "/export?format=markdown";

        assertProblem(404, Server.as(STAFF).get(path));
        assertProblem(404, Server.as(STAFF).get(path.replace("markdown", "pdf")));
        assertTrue(ok(Server.as(QA_LEAD).get(path)).body().startsWith("# "));
        assertEquals(401, Server.anonymous().get(path).status());
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheFormats() {
        long id = TestData.publishedReport().getJsonNumber("id").longValue();

        JsonObject docx = assertProblem(400, Server.as(STAFF).get("/api/v1/reports/" + id + "/export?format=docx"));
        assertEquals("Unknown format; the formats are markdown, pdf.", fieldMessage(docx, "format"));
        JsonObject none = assertProblem(400, Server.as(STAFF).get("/api/v1/reports/" + id + "/export"));
        assertEquals("Say which format: markdown, pdf.", fieldMessage(none, "format"));
        JsonObject xlsx = assertProblem(400, Server.as(STAFF).get("/api/v1/services/no-such/export?format=xlsx"));
        assertEquals("Unknown format; the formats are csv.", fieldMessage(xlsx, "format"));
    }

    @Test
    void aServiceLogExportsAsCsvSafeToOpenInASpreadsheet() {
        JsonObject service = TestData.service().create();
        long serviceId = service.getJsonNumber("id").longValue();
        JsonObject report = TestData.report(serviceId).titled("=HYPERLINK(\"http://evil.example\")").published()
                .create();
        TestData.report(serviceId).titled("Draft of the author").create();

        Reply csv = ok(Server.as(STAFF).get("/api/v1/services/" + service.getString("slug")
                + "/export?format=csv"));

        assertTrue(csv.contentType().startsWith("text/csv"), csv::describe);
        assertEquals("attachment; filename=\"" + service.getString("slug") + ".csv\"",
                csv.header("Content-Disposition"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("id,title,severity,status,started_at,ended_at,duration,users_affected,actions,actions_verified,"
                + "updated_at,link", lines.get(0));
        assertEquals(2, lines.size(), csv::body);
        assertTrue(lines.get(1).startsWith(report.getJsonNumber("id") + ",\"'=HYPERLINK(\"\"http://evil.example\"\")\","
                + "SEV3,PUBLISHED,2024-05-01T10:00:00Z,2024-05-01T11:10:00Z,1 h 10 min,120,0,0,"), csv::body);
        assertProblem(404, Server.as(STAFF).get("/api/v1/services/no-such-service/export?format=csv"));
    }

    private static Reply ok(Reply reply) {
        assertEquals(200, reply.status(), reply::describe);
        return reply;
    }

    private static HttpResponse<byte[]> download(DemoUser user, String path)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Server.baseUri().resolve(path.substring(1)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user.username() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
