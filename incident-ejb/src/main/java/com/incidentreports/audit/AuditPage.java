package com.incidentreports.audit;

import java.io.Serializable;
import java.util.List;

/** A page of the audit log, newest first, and how many entries match the filter in all. */
public record AuditPage(List<AuditRow> rows, long total) implements Serializable {
}
