package com.incidentreports.export.api;

import com.incidentreports.demo.DemoReportDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Markdown export of the demo data's seed report, line by line, as a wiki page imports it. */
class ReportMarkdownTest {

    /** The day the demo data was loaded: the actions' due dates are counted from it. */
    private static final Instant LOADED = Instant.parse("2026-05-01T07:00:00Z");

    @Test
    void theSeedReportIsOneWikiPageWithImpactPartsAndActions() {
        String markdown = ReportMarkdown.write(DemoReportDocument.introspection(LOADED),
                "https://incidents.example/reports/1");

        List<String> expected = List.of(
                "# Introspection query broken during the gRPC release",
                "",
                "Slash GraphQL · By Alex Author · Published 2020-07-28 13:30",
                "",
                "## Impact",
                "",
                "- **Service:** Slash GraphQL",
                "- **Severity:** SEV2 — Major: a core feature is broken for many users, with no workaround.",
                "- **Started:** 2020-07-28 10:00",
                "- **Ended:** 2020-07-28 11:10",
                "- **Duration:** 1 h 10 min",
                "- **Detected:** Not recorded",
                "- **Users affected:** Not recorded",
                "- **Who:** All users of the Slash GraphQL service between 3:30 pm and 4:40 pm IST.",
                "- **Compensation:** Not recorded",
                "",
                "Times in UTC",
                "",
                "## 1. Incident",
                "",
                "During release of gRPC changes, midway we realised that the **Introspection Query** was broken "
                        + "because of which the *Docs* section in API Explorer was not loading and GraphQL clients "
                        + "like Altair were throwing a `no schema added` error.",
                "",
                "## 2. Why it happened",
                "",
                "During the release, we updated the Alpha image with the `slash` tag. We assumed that this would "
                        + "be the most recent master. Our assumption was wrong and that caused an old bug (that was "
                        + "fixed in the latest master) to show up in production.",
                "",
                "## 3. Who was affected",
                "",
                "All users who were using the Slash GraphQL service between 3:30 pm IST - 4:40 pm IST were "
                        + "affected by this incident. The incident lasted a bit over an hour.",
                "",
                "## 4. How we ensure it does not happen again",
                "",
                "There are two things that we will do to make sure this does not happen again.",
                "",
                "1. We will check the slash image build date before we update the Alpha images, deploy it in "
                        + "staging and thoroughly test it for any kind of regression.",
                "2. We will be adding the introspection query as part of our API Test suite that will run on our "
                        + "CI. If the query fails, we will know about it.",
                "",
                "## Follow-up actions",
                "",
                "1 of 2 verified",
                "",
                "| Action | Owner | Status | Due |",
                "| --- | --- | --- | --- |",
                "| Add the introspection query to the API test suite | Alex Author (@author) | Verified | 2026-04-21 |",
                "| Check the Slash image's build date before updating the Alpha images | Alex Author (@author) | Open "
                        + "| 2026-04-26 |",
                "",
                "---",
                "",
                "Exported from Incident Reports: <https://incidents.example/reports/1>");
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < Math.max(expected.size(), lines.size()); i++) {
            assertEquals(i < expected.size() ? expected.get(i) : "(no line)", i < lines.size() ? lines.get(i)
                    : "(no line)", "line " + (i + 1));
        }
    }

    @Test
    void typedTextReadsAsTypedNotAsMarkdown() {
        assertEquals("A \\| B \\*not bold\\* \\<b\\> \\#1", ReportMarkdown.inline("A | B *not bold* <b> #1"));
        assertEquals("two lines", ReportMarkdown.inline("two\r\n  lines"));
        assertEquals("\\- not a list", ReportMarkdown.paragraph("- not a list"));
        assertEquals("2020\\. A year", ReportMarkdown.paragraph("2020. A year"));
    }
}
