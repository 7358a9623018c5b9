package com.incidentreports.report.api;

import com.incidentreports.platform.api.Problem;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.api.WholeNumber;
import com.incidentreports.report.Report;
import com.incidentreports.report.ReportDraft;
import com.incidentreports.report.ReportRestriction;
import com.incidentreports.report.Severity;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A report as a client sends it to create or change one: the fields of a {@link ReportDraft}, and whether to
 * publish it. The rules are checked by the service, which names each rejected field.
 */
@Schema(name = "ReportInput", description = "A report as written by its author. Times are ISO-8601 instants in UTC.")
public record ReportInput(
        @Schema(required = true, maxLength = Report.TITLE_MAX, example = "API Explorer returned errors for 70 minutes")
        String title,
        @Schema(description = "The id of the affected service; or give service as a report is read.")
        @JsonbTypeDeserializer(WholeNumber.class)
        Long serviceId,
        @Schema(description = "The affected service as a report is read ({\"id\": 4, …}); its id counts, the rest is "
                + "ignored. Needed when serviceId is absent; when both are given they name the same service.")
        ServiceInput service,
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
        Boolean publish,
        @Schema(description = "Who may see the report. Absent: a new report is open to all staff and an edited one "
                + "keeps its restriction.")
        RestrictionInput restriction) {

    ReportDraft toDraft() {
        return new ReportDraft(title, serviceIdGiven(), severity, startedAt, detectedAt, endedAt, usersAffected,
                affectedUsers, compensation, incident, cause, whoWasAffected, prevention,
                restriction == null ? null : restriction.toRestriction());
    }

    /** The service, by serviceId or by the service's id, so that a report read can be sent back as it is. */
    private Long serviceIdGiven() {
        Long ofService = service == null ? null : service.id();
        if (serviceId != null && ofService != null && !serviceId.equals(ofService)) {
            throw ProblemException.invalidInput(List.of(new Problem.InvalidField("service",
                    "serviceId and service.id name different services: give one of them, or the same id in both.")));
        }
        return serviceId != null ? serviceId : ofService;
    }

    /** The affected service as a report names it; only its id is read. */
    @Schema(name = "ServiceInput", description = "A service, by its id.")
    public record ServiceInput(
            @Schema(required = true, description = "The id of the service.")
            @JsonbTypeDeserializer(WholeNumber.class)
            Long id) {
    }

    /** Who may see a report: with {@code restricted}, only its authors, these people and groups, and admins. */
    @Schema(name = "RestrictionInput", description = "Restricts a report to named people and groups. For everyone "
            + "else (but its authors and admins) it does not exist.")
    public record RestrictionInput(
            @Schema(required = true, description = "true restricts the report; false opens it to all staff again.")
            boolean restricted,
            @Schema(description = "Usernames of people who have signed in, or the people as a report is read "
                    + "({\"username\": \"qalead\", …}).", example = "[\"qalead\"]")
            @JsonbTypeDeserializer(Usernames.class)
            List<String> people,
            @Schema(description = "Groups of the identity provider, by name.", example = "[\"sre\"]")
            List<String> groups) {

        ReportRestriction toRestriction() {
            return new ReportRestriction(restricted, people, groups);
        }
    }

    boolean publishRequested() {
        return Boolean.TRUE.equals(publish);
    }
}
