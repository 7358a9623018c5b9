package com.incidentreports.report.api;

import com.incidentreports.platform.api.PageParameters.Page;
import com.incidentreports.platform.api.SortedPageParameters.Sorting;
import com.incidentreports.report.ReportSort;
import com.incidentreports.report.Severity;

import java.time.Instant;

/** The report list's query parameters, checked. */
record ReportListQuery(Long serviceId, Severity severity, Instant from, Instant to, String words, Page page,
                       Sorting<ReportSort> sorting) {
}
