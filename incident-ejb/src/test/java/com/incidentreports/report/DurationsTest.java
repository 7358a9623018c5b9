package com.incidentreports.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurationsTest {

    @Test
    void saysDurationsTheWayPeopleDo() {
        assertEquals("1 h 10 min", Durations.spoken(Duration.ofMinutes(70), Locale.ENGLISH));
        assertEquals("45 min", Durations.spoken(Duration.ofMinutes(45), Locale.ENGLISH));
        assertEquals("2 h", Durations.spoken(Duration.ofHours(2), Locale.ENGLISH));
        assertEquals("6 d", Durations.spoken(Duration.ofDays(6), Locale.ENGLISH));
        assertEquals("1 d 3 h", Durations.spoken(Duration.ofHours(27).plusMinutes(20), Locale.ENGLISH));
    }

    @Test
    void roundsDownToWholeMinutes() {
        assertEquals("1 h 10 min", Durations.spoken(Duration.ofMinutes(70).plusSeconds(59), Locale.ENGLISH));
        assertEquals("< 1 min", Durations.spoken(Duration.ofSeconds(30), Locale.ENGLISH));
        assertEquals("0 min", Durations.spoken(Duration.ZERO, Locale.ENGLISH));
    }

    @Test
    void saysDurationsInGermanToGermanReaders() {
        assertEquals("1 Std. 10 Min.", Durations.spoken(Duration.ofMinutes(70), Locale.GERMAN));
        assertEquals("2 Tg. 3 Std.", Durations.spoken(Duration.ofHours(51), Locale.GERMAN));
        assertEquals("< 1 Min.", Durations.spoken(Duration.ofSeconds(30), Locale.GERMAN));
    }

    @Test
    void refusesNegativeDurations() {
        assertThrows(IllegalArgumentException.class, () -> Durations.spoken(Duration.ofMinutes(-5), Locale.ENGLISH));
    }
}
