package com.incidentreports.report;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** One row of a report list: what the home page and the service logs show. */
public record ReportSummary(
        long id,
        String title,
        long serviceId,
        String serviceSlug,
        String serviceName,
        Severity severity,
        ReportStatus status,
        Instant startedAt,
        Instant endedAt,
        Long usersAffected,
        Instant updatedAt) implements Serializable {

    public String durationSpoken() {
        return endedAt == null ? null : Durations.spoken(Duration.between(startedAt, endedAt));
    }
}
