package com.incidentreports.report;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublishedReportCountsTest {

    private final PublishedReportCounts counts = new PublishedReportCounts();

    @Test
    void aCountIsRememberedForItsOwnFilterOnly() {
        counts.remember(ReportFilter.ALL, 96_766);

        assertEquals(OptionalLong.of(96_766), counts.find(ReportFilter.ALL));
        assertEquals(OptionalLong.empty(), counts.find(ReportFilter.ofService(1)));
    }

    @Test
    void writingAReportForgetsEveryCount() {
        counts.remember(ReportFilter.ALL, 10);
        counts.remember(ReportFilter.ofService(1), 3);

        counts.created(new ReportCreated(7));

        assertEquals(OptionalLong.empty(), counts.find(ReportFilter.ALL));
        assertEquals(OptionalLong.empty(), counts.find(ReportFilter.ofService(1)));
    }

    @Test
    void changingAReportForgetsEveryCount() {
        counts.remember(ReportFilter.ALL, 10);

        counts.changed(new ReportChanged(7, true));

        assertEquals(OptionalLong.empty(), counts.find(ReportFilter.ALL));
    }
}
