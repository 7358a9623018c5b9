package com.incidentreports.report;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.time.Instant;

/**
 * One row of a report list: what the home page and the service logs show. {@code actions} counts its follow-up
 * actions but those agreed not to be done; {@code verifiedActions} those of them verified.
 */
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
        Instant updatedAt,
        long actions,
        long verifiedActions) implements Serializable {

    /** Whether it has follow-up actions and every one is verified. */
    public boolean allActionsVerified() {
        return actions > 0 && verifiedActions == actions;
    }

    /** How long users were affected, as people say it in {@code language}; null while the incident is open. */
    public String durationSpoken(Locale language) {
        return endedAt == null ? null : Durations.spoken(Duration.between(startedAt, endedAt), language);
    }
}
