package com.incidentreports.report;

import com.incidentreports.identity.User;
import com.incidentreports.servicelog.Service;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A report keeps the safe HTML of its four sections beside their Markdown, rendered at every revision. */
class ReportRenderingTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void everyRevisionRendersTheSectionsAgain() {
        User author = new User("manish", "Manish", NOW);
        Service service = new Service("Payments", null, NOW);
        Report report = new Report(service, author, NOW);

        report.revise(content("The *queue* filled", "A [bad](javascript:alert(1)) push", null, "  "), service,
                author, NOW);
        assertEquals(new RenderedSections("<p>The <em>queue</em> filled</p>\n", "<p>A bad push</p>\n", null, null),
                report.getRenderedSections());

        report.revise(content("The queue filled", null, "Everyone", "- an alert"), service, author,
                NOW.plusSeconds(60));
        assertEquals(new RenderedSections("<p>The queue filled</p>\n", null, "<p>Everyone</p>\n",
                "<ul><li>an alert</li></ul>\n"), report.getRenderedSections());
    }

    private static ReportContent content(String incident, String cause, String affected, String prevention) {
        return new ReportContent("Payments failed", Severity.SEV2, new ImpactWindow(NOW.minusSeconds(3600), null, NOW),
                null, null, null, incident, cause, affected, prevention);
    }
}
