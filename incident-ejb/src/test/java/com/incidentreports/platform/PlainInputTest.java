package com.incidentreports.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "bell\u0007", "esc\u001b[0m", "del\u007f", "c1\u0085", "v\u000bt",
            "f\u000cf", "lone \ud800 high", "lone \udc00 low", "ends high \ud83d"})
    void controlCharactersAndBrokenSurrogatesAreRefusedEverywhere(String text) {
        assertTrue(PlainInput.checkText("body", text, true).isPresent(), text);
        assertTrue(PlainInput.checkText("title", text, false).isPresent(), text);
    }

    @Test
    void tabsAlwaysAndLineBreaksWhereAllowedPass() {
        assertFalse(PlainInput.checkText("body", "one\ttwo\r\nthree\n", true).isPresent());
        assertFalse(PlainInput.checkText("title", "one\ttwo", false).isPresent());
        assertTrue(PlainInput.checkText("q", "one\ntwo", false).isPresent());
        assertTrue(PlainInput.checkText("q", "one\rtwo", false).isPresent());
    }

    @Test
    void ordinaryTextIncludingEmojiPasses() {
        assertFalse(PlainInput.checkText("title", "Zahlung fehlgeschlagen 💳 — 支付", false).isPresent());
        assertFalse(PlainInput.checkText("title", null, false).isPresent());
    }

    @Test
    void theErrorNamesTheFieldAndSaysWhatToDo() {
        FieldError error = PlainInput.checkText("title", "a\u0000b", false).orElseThrow();
        assertEquals("title", error.field());
        assertEquals("input.text.control", error.key());
        assertTrue(error.defaultMessage().contains("NUL"), error.defaultMessage());
    }

    @Test
    void timesFrom1990To2200Pass() {
        assertFalse(PlainInput.checkTime("startedAt", Instant.parse("1990-01-01T00:00:00Z")).isPresent());
        assertFalse(PlainInput.checkTime("startedAt", Instant.parse("2200-12-31T23:59:59Z")).isPresent());
        assertFalse(PlainInput.checkDate("dueDate", LocalDate.of(2026, 6, 30)).isPresent());
        assertFalse(PlainInput.checkTime("startedAt", null).isPresent());
    }

    @Test
    void timesOutsideTheRangeAreRefused() {
        assertEquals("input.time.range",
                PlainInput.checkTime("startedAt", Instant.parse("1989-12-31T23:59:59Z")).orElseThrow().key());
        assertTrue(PlainInput.checkTime("startedAt", Instant.parse("2201-01-01T00:00:00Z")).isPresent());
        assertTrue(PlainInput.checkTime("startedAt", Instant.parse("-999999999-01-01T00:00:00Z")).isPresent());
        assertTrue(PlainInput.checkTime("startedAt", Instant.parse("+300000-01-01T00:00:00Z")).isPresent());
        assertTrue(PlainInput.checkDate("dueDate", LocalDate.of(999_999_999, 1, 1)).isPresent());
    }
}
