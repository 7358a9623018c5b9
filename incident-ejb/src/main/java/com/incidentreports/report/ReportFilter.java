package com.incidentreports.report;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which reports a list shows. Every part is optional. {@code from}/{@code to} bound the incident's start;
 * {@code titleWords} must all appear in the title, in any order and case.
 */
public record ReportFilter(Long serviceId, Severity severity, Instant from, Instant to, String titleWords)
        implements Serializable {

    public static final ReportFilter ALL = new ReportFilter(null, null, null, null, null);

    public static ReportFilter ofService(long serviceId) {
        return new ReportFilter(serviceId, null, null, null, null);
    }
}
