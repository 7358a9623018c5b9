package com.incidentreports.report;

/** An author wrote a new report, as a draft or published at once (then {@link ReportPublished} follows). */
public record ReportCreated(long reportId) {
}
