package com.incidentreports.report.api;

import com.incidentreports.platform.api.WholeNumber;
import com.incidentreports.report.Report;
import com.incidentreports.report.ReportDraft;
import com.incidentreports.report.Severity;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A report as a client sends it to create or change one: the fields of a {@link ReportDraft}, and whether to
 * publish it. The rules are checked by the service, which names each rejected field.
 */
@Schema(name = "ReportInput", description = "A report as written by its author. Times are ISO-8601 instants in UTC.")
public record ReportInput(
        @Schema(required = true, maxLength = Report.TITLE_MAX, example = "API Explorer returned errors for 70 minutes")
        String title,
        @Schema(required = true, description = "The id of the affected service.")
        @JsonbTypeDeserializer(WholeNumber.class)
        Long serviceId,
        @Schema(required = true)
        Severity severity,
        @Schema(required = true, example = "2024-05-01T10:00:00Z")
        Instant startedAt,
        @Schema(description = "When the team noticed; not before startedAt.")
        Instant detectedAt,
        @Schema(description = "When users stopped being affected; not before startedAt. Absent while ongoing.")
        Instant endedAt,
        @Schema(minimum = "0")
        @JsonbTypeDeserializer(WholeNumber.class)
        Long usersAffected,
        @Schema(maxLength = Report.AFFECTED_USERS_MAX, description = "Who was affected, in words.")
        String affectedUsers,
        @Schema(maxLength = Report.COMPENSATION_MAX)
        String compensation,
        @Schema(maxLength = Report.SECTION_MAX, description = "What happened (Markdown).")
        String incident,
        @Schema(maxLength = Report.SECTION_MAX, description = "Why it happened (Markdown).")
        String cause,
        @Schema(maxLength = Report.SECTION_MAX, description = "Who was affected and how (Markdown).")
        String whoWasAffected,
        @Schema(maxLength = Report.SECTION_MAX, description = "What will keep it from happening again (Markdown).")
        String prevention,
        @Schema(description = "true publishes the report to all staff. A published report stays published.")
        Boolean publish) {

    ReportDraft toDraft() {
        return new ReportDraft(title, serviceId, severity, startedAt, detectedAt, endedAt, usersAffected,
                affectedUsers, compensation, incident, cause, whoWasAffected, prevention);
    }

    boolean publishRequested() {
        return Boolean.TRUE.equals(publish);
    }
}
