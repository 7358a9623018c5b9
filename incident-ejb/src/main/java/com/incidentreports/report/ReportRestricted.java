package com.incidentreports.report;

/** Who may see a report changed: restricted to people and groups, or opened to all again ({@code restricted} false). */
public record ReportRestricted(long reportId, boolean restricted) {
}
