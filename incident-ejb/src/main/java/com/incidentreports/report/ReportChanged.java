package com.incidentreports.report;

/**
 * An author or an admin saved a change to a report.
 *
 * @param published whether the report was published before this change: a change everyone already read
 */
public record ReportChanged(long reportId, boolean published) {
}
