package com.incidentreports.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImpactWindowTest {

    private static final Instant START = Instant.parse("2020-07-28T10:00:00Z");

    @Test
    void durationRunsFromStartToEnd() {
        ImpactWindow window = new ImpactWindow(START, START.plusSeconds(600), START.plusSeconds(70 * 60));
        assertEquals(Duration.ofMinutes(70), window.duration().orElseThrow());
        assertEquals(Duration.ofMinutes(10), window.timeToDetect().orElseThrow());
    }

    @Test
    void anOngoingIncidentHasNoDuration() {
        assertTrue(new ImpactWindow(START, null, null).duration().isEmpty());
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ImpactWindow(START, null, START.minusSeconds(1)));
    }

    @Test
    void refusesDetectionBeforeTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ImpactWindow(START, START.minusSeconds(1), null));
    }

    @Test
    void anIncidentMayEndTheMomentItStarts() {
        assertEquals(Duration.ZERO, new ImpactWindow(START, START, START).duration().orElseThrow());
    }
}
