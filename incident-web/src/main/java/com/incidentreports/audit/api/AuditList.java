package com.incidentreports.audit.api;

import com.incidentreports.audit.AuditRow;

import java.util.List;

/** One page of the audit log, newest first: its entries, where it starts, its size, and how many match in all. */
public record AuditList(List<AuditRow> rows, long total, int first, int size) {
}
