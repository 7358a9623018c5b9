package com.incidentreports.report.api;

import com.incidentreports.report.ReportSort;
import com.incidentreports.report.Severity;

import java.time.Instant;

/** The report list's query parameters, checked: {@code service} is still a slug or an id, as the client gave it. */
record ReportListQuery(String service, Severity severity, Instant from, Instant to, String words, int first,
                       int size, ReportSort sort, boolean ascending) {
}
