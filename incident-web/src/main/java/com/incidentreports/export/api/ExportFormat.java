package com.incidentreports.export.api;

import com.incidentreports.platform.api.Problem;
import com.incidentreports.platform.api.ProblemException;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats an export is asked for in {@code ?format=}; anything else is 400, naming the allowed ones. */
final class ExportFormat {

    static final String PARAMETER = "format";

    private ExportFormat() {
    }

    /** {@code value} as one of {@code allowed} (in any case); 400 when it is missing or another word. */
    static String read(String value, String... allowed) {
        String asked = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (Arrays.asList(allowed).contains(asked)) {
            return asked;
        }
        String names = Arrays.stream(allowed).collect(Collectors.joining(", "));
        throw ProblemException.invalidInput(List.of(new Problem.InvalidField(PARAMETER, value == null
                ? "Say which format: " + names + "."
                : "Unknown format; the formats are " + names + ".")));
    }

    /**
     * A file name made of {@code title}: letters and digits, words joined by "-", at most 80 characters, and
     * {@code extension}; {@code fallback} when the title leaves nothing.
     */
    static String fileName(String title, String fallback, String extension) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        String name = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > 80) {
            name = name.substring(0, 80).replaceAll("-+$", "");
        }
        return (name.isEmpty() ? fallback : name) + "." + extension;
    }

    /** The Content-Disposition of a download named {@code fileName} (made by {@link #fileName}: nothing to quote). */
    static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
