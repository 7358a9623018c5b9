package com.incidentreports.platform.api;

import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.PlainInput;
import com.incidentreports.platform.api.Problem.InvalidField;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Reading query parameters as clients type them, collecting every mistake rather than stopping at the first. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * {@code value} as a whole number from {@code min} to {@code max}; {@code byDefault} when absent. Anything else
     * adds {@code rule} for the parameter {@code name} to {@code errors}.
     */
    public static int wholeNumber(String name, String value, int byDefault, int min, int max, String rule,
                                  List<InvalidField> errors) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below, like a number out of range.
        }
        errors.add(new InvalidField(name, rule));
        return byDefault;
    }

    /** {@code value} as true or false, in any case; null when absent. Anything else adds a rule to {@code errors}. */
    public static Boolean trueOrFalse(String name, String value, List<InvalidField> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if ("true".equalsIgnoreCase(value.strip()) || "false".equalsIgnoreCase(value.strip())) {
            return Boolean.valueOf(value.strip());
        }
        errors.add(new InvalidField(name, name + " must be true or false."));
        return null;
    }

    /**
     * {@code value} as an instant ({@code 2026-05-01T10:00:00Z}), or a date meaning the start of that day in UTC; as
     * an {@code upperBound} a date includes its whole day. None when absent; anything else adds a rule for the
     * parameter {@code name} to {@code errors}, and so does a time outside the years people mean
     * ({@link PlainInput}).
     */
    public static Instant instantOrDate(String name, String value, boolean upperBound, List<InvalidField> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            Instant instant = Instant.parse(text);
            return withinRange(PlainInput.checkTime(name, instant), instant, errors);
        } catch (DateTimeException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(text);
                return withinRange(PlainInput.checkDate(name, date),
                        (upperBound ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant(), errors);
            } catch (DateTimeException notADate) {
                errors.add(new InvalidField(name, name + " must be an ISO-8601 instant such as "
                        + "2026-05-01T10:00:00Z or a date such as 2026-05-01."));
                return null;
            }
        }
    }

    private static Instant withinRange(Optional<FieldError> outOfRange, Instant instant, List<InvalidField> errors) {
        outOfRange.ifPresent(error -> errors.add(new InvalidField(error.field(), error.defaultMessage())));
        return outOfRange.isPresent() ? null : instant;
    }
}
