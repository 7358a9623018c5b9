package com.incidentreports.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an incident started, when it was detected and when it ended. Immutable; an unfinished incident has no end.
 * The rules "end not before start" and "detection not before start" are checked by {@link ReportService} so the
 * user gets them as field messages; the constructor still refuses an impossible window.
 */
@Embeddable
public class ImpactWindow {

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "detected_at")
    private Instant detectedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ImpactWindow() {
    }

    public ImpactWindow(Instant startedAt, Instant detectedAt, Instant endedAt) {
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("An incident cannot end before it starts.");
        }
        if (detectedAt != null && detectedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("An incident cannot be detected before it starts.");
        }
        this.detectedAt = detectedAt;
        this.endedAt = endedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> detectedAt() {
        return Optional.ofNullable(detectedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** How long users were affected; empty while the incident has not ended. */
    public Optional<Duration> duration() {
        return endedAt().map(end -> Duration.between(startedAt, end));
    }

    /** How long it took to notice; empty when detection was not recorded. */
    public Optional<Duration> timeToDetect() {
        return detectedAt().map(detected -> Duration.between(startedAt, detected));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ImpactWindow window
                && startedAt.equals(window.startedAt)
                && Objects.equals(detectedAt, window.detectedAt)
                && Objects.equals(endedAt, window.endedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startedAt, detectedAt, endedAt);
    }
}
