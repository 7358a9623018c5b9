package com.incidentreports.report;

import com.incidentreports.identity.Person;
import com.incidentreports.servicelog.ServiceRef;

import jakarta.json.bind.annotation.JsonbTransient;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.time.Instant;
import java.util.List;

/** A whole report as the report page and the API show it. Sections are Markdown source, and HTML for pages. */
public record ReportDetails(
        long id,
        long version,
        String title,
        ServiceRef service,
        Severity severity,
        ReportStatus status,
        Instant startedAt,
        Instant detectedAt,
        Instant endedAt,
        Long usersAffected,
        String affectedUsers,
        String compensation,
        String incident,
        String cause,
        String whoWasAffected,
        String prevention,
        List<Person> authors,
        Instant createdAt,
        Instant updatedAt,
        Person updatedBy,
        Instant publishedAt,
        /* Whether the caller may change it: its authors and admins may. */
        boolean editable,
        /* Who besides its authors and admins may see it, when it is restricted. */
        RestrictionView restriction,
        /* The sections as safe HTML, for the report page; the API gives the Markdown only. */
        @JsonbTransient @Schema(hidden = true) RenderedSections html) implements Serializable {

    /** How long users were affected, or null while the incident is open. */
    public Duration duration() {
        return endedAt == null ? null : Duration.between(startedAt, endedAt);
    }

    /** The duration as people say it in {@code language} ("1 h 10 min"), or null while the incident is open. */
    public String durationSpoken(Locale language) {
        Duration duration = duration();
        return duration == null ? null : Durations.spoken(duration, language);
    }

    /** How long it took to notice, as people say it, or null when detection was not recorded. */
    public String timeToDetectSpoken(Locale language) {
        return detectedAt == null ? null : Durations.spoken(Duration.between(startedAt, detectedAt), language);
    }

    /** The same content as a draft, to start an edit from. */
    public ReportDraft toDraft() {
        return new ReportDraft(title, service.id(), severity, startedAt, detectedAt, endedAt, usersAffected,
                affectedUsers, compensation, incident, cause, whoWasAffected, prevention, restriction.toDraft());
    }
}
