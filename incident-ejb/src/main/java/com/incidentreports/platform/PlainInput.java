package com.incidentreports.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What text and times people may send, the same whatever the database: PostgreSQL cannot store a NUL or a time far
 * outside its range and fails with a server error where H2 takes them, and no person means either. Pages and the
 * API check every input with these rules at the edge, so a client learns which field to correct.
 */
public final class PlainInput {

    public static final int EARLIEST_YEAR = 1990;
    public static final int LATEST_YEAR = 2200;

    static final String CONTROL_CHARACTER = "input.text.control";
    static final String TIME_OUT_OF_RANGE = "input.time.range";

    private PlainInput() {
    }

    /**
     * The rule {@code text} breaks as the value of {@code field}, if any: it holds a control character (only tab is
     * allowed, and line breaks where {@code lineBreaksAllowed}) or half of a surrogate pair, which is no character.
     */
    public static Optional<FieldError> checkText(String field, String text, boolean lineBreaksAllowed) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || lineBreaksAllowed && (c == '\n' || c == '\r');
            if (Character.isISOControl(c) && !allowed || isUnpairedSurrogate(text, i)) {
                return Optional.of(error(field, CONTROL_CHARACTER));
            }
        }
        return Optional.empty();
    }

    /** The rule {@code time} breaks as the value of {@code field}, if any: its year is out of range. */
    public static Optional<FieldError> checkTime(String field, Instant time) {
        return time == null ? Optional.empty() : checkYear(field, time.atOffset(ZoneOffset.UTC).getYear());
    }

    /** The rule {@code date} breaks as the value of {@code field}, if any: its year is out of range. */
    public static Optional<FieldError> checkDate(String field, LocalDate date) {
        return date == null ? Optional.empty() : checkYear(field, date.getYear());
    }

    private static Optional<FieldError> checkYear(String field, int year) {
        return year < EARLIEST_YEAR || year > LATEST_YEAR
                ? Optional.of(error(field, TIME_OUT_OF_RANGE))
                : Optional.empty();
    }

    private static boolean isUnpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static FieldError error(String field, String key) {
        String message = ResourceBundle.getBundle("ValidationMessages", Locale.ROOT, PlainInput.class.getClassLoader())
                .getString(key);
        return new FieldError(field, key, message);
    }
}
