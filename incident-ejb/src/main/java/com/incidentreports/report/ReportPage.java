package com.incidentreports.report;

import java.io.Serializable;
import java.util.List;

/** A page of a report list and how many reports the whole list has. */
public record ReportPage(List<ReportSummary> rows, long total) implements Serializable {
}
