package com.incidentreports.report.api;

import com.incidentreports.report.ReportSummary;

import java.util.List;

/** One page of a report list: its rows, where it starts, its size, and how many reports the whole list has. */
public record ReportList(List<ReportSummary> rows, long total, int first, int size) {
}
