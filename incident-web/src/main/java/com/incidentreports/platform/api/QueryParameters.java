package com.incidentreports.platform.api;

import com.incidentreports.platform.api.Problem.InvalidField;

import java.util.List;

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
}
