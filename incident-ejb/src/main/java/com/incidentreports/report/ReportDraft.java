package com.incidentreports.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an author submits: the form and the API both hand this to {@link ReportService}. Field names are the ones
 * the API uses and the ones validation messages point at.
 */
public record ReportDraft(
        @NotBlank(message = "{report.title.required}")
        @Size(max = Report.TITLE_MAX, message = "{report.title.size}")
        String title,
        @NotNull(message = "{report.service.required}")
        Long serviceId,
        @NotNull(message = "{report.severity.required}")
        Severity severity,
        @NotNull(message = "{report.startedAt.required}")
        Instant startedAt,
        Instant detectedAt,
        Instant endedAt,
        @PositiveOrZero(message = "{report.usersAffected.positive}")
        Long usersAffected,
        @Size(max = Report.AFFECTED_USERS_MAX, message = "{report.affectedUsers.size}")
        String affectedUsers,
        @Size(max = Report.COMPENSATION_MAX, message = "{report.compensation.size}")
        String compensation,
        @Size(max = Report.SECTION_MAX, message = "{report.section.size}")
        String incident,
        @Size(max = Report.SECTION_MAX, message = "{report.section.size}")
        String cause,
        @Size(max = Report.SECTION_MAX, message = "{report.section.size}")
        String whoWasAffected,
        @Size(max = Report.SECTION_MAX, message = "{report.section.size}")
        String prevention,
        /* Who may see it; null keeps the restriction an edited report has (a new one is open to all). */
        ReportRestriction restriction) implements Serializable {

    /** A draft that says nothing about who may see the report. */
    public ReportDraft(String title, Long serviceId, Severity severity, Instant startedAt, Instant detectedAt,
                       Instant endedAt, Long usersAffected, String affectedUsers, String compensation, String incident,
                       String cause, String whoWasAffected, String prevention) {
        this(title, serviceId, severity, startedAt, detectedAt, endedAt, usersAffected, affectedUsers, compensation,
                incident, cause, whoWasAffected, prevention, null);
    }
}
