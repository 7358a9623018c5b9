package com.incidentreports.platform;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ApplicationClockTest {

    private static final Instant MAY_DAY_MORNING = Instant.parse("2026-05-01T07:00:00Z");

    private final ApplicationClock application = new ApplicationClock();
    private final Clock clock = application.clock();

    @Test
    void showsTheSystemsTimeInUtc() {
        Instant before = Instant.now();

        Instant shown = clock.instant();

        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertFalse(shown.isBefore(before));
    }

    @Test
    void standsAtTheChosenMomentUntilItResumes() {
        application.standAt(MAY_DAY_MORNING);

        assertEquals(MAY_DAY_MORNING, clock.instant());
        assertEquals(LocalDate.of(2026, 5, 1), LocalDate.now(clock));

        application.resume();

        assertNotEquals(MAY_DAY_MORNING, clock.instant());
    }

    @Test
    void inAnotherZoneItShowsTheSameMoments() {
        application.standAt(MAY_DAY_MORNING);
        Clock sydney = clock.withZone(ZoneId.of("Australia/Sydney"));

        assertEquals(MAY_DAY_MORNING, sydney.instant());
        assertEquals(ZoneId.of("Australia/Sydney"), sydney.getZone());

        application.standAt(MAY_DAY_MORNING.plusSeconds(3600));

        assertEquals(MAY_DAY_MORNING.plusSeconds(3600), sydney.instant());
    }
}
