package com.incidentreports.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurationsTest {

    @Test
    void saysDurationsTheWayPeopleDo() {
        assertEquals("1 h 10 min", Durations.spoken(Duration.ofMinutes(70)));
        assertEquals("45 min", Durations.spoken(Duration.ofMinutes(45)));
        assertEquals("2 h", Durations.spoken(Duration.ofHours(2)));
        assertEquals("6 d", Durations.spoken(Duration.ofDays(6)));
        assertEquals("1 d 3 h", Durations.spoken(Duration.ofHours(27).plusMinutes(20)));
    }

    @Test
    void roundsDownToWholeMinutes() {
        assertEquals("1 h 10 min", Durations.spoken(Duration.ofMinutes(70).plusSeconds(59)));
        assertEquals("< 1 min", Durations.spoken(Duration.ofSeconds(30)));
        assertEquals("0 min", Durations.spoken(Duration.ZERO));
    }

    @Test
    void refusesNegativeDurations() {
        assertThrows(IllegalArgumentException.class, () -> Durations.spoken(Duration.ofMinutes(-5)));
    }
}
