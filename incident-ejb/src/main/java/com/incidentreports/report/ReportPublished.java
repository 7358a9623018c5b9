package com.incidentreports.report;

/** A report was published: from now on all staff it is not restricted from read it. */
public record ReportPublished(long reportId) {
}
