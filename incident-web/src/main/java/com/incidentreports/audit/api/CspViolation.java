package com.incidentreports.audit.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a browser blocked, as its report says: which directive, what was blocked (a URL, or {@code inline} /
 * {@code eval}), on which page, and where in which script. Browsers send it in one of two shapes: the
 * {@code report-uri} form, {@code {"csp-report": {"violated-directive": …}}}, and the Reporting API's
 * ({@code report-to}), {@code [{"type": "csp-violation", "body": {"effectiveDirective": …}}]}. Query strings are
 * left out: they may carry what people searched for.
 */
record CspViolation(String directive, String blocked, String page, String source) {

    private static final int PART_MAX = 200;
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#]");

    /** Every violation {@code report} holds; none if it is neither shape. */
    static List<CspViolation> readAll(JsonValue report) {
        List<CspViolation> violations = new ArrayList<>();
        if (report instanceof JsonObject object && object.get("csp-report") instanceof JsonObject old) {
            violations.add(new CspViolation(
                    firstOf(old, "effective-directive", "violated-directive"), withoutQuery(text(old, "blocked-uri")),
                    withoutQuery(text(old, "document-uri")),
                    sourceOf(text(old, "source-file"), old.get("line-number"))));
        } else if (report instanceof JsonArray reports) {
            for (JsonValue each : reports) {
                if (each instanceof JsonObject entry && "csp-violation".equals(text(entry, "type"))
                        && entry.get("body") instanceof JsonObject body) {
                    violations.add(new CspViolation(
                            firstOf(body, "effectiveDirective", "violatedDirective"),
                            withoutQuery(text(body, "blockedURL")), withoutQuery(text(body, "documentURL")),
                            sourceOf(text(body, "sourceFile"), body.get("lineNumber"))));
                }
            }
        }
        return violations.stream().filter(violation -> !violation.directive().isEmpty()).toList();
    }

    /** "script-src-elem blocked inline on /reports/42 (https://host/app.js:12)": one line for the audit log. */
    String describe() {
        return directive + " blocked " + (blocked.isEmpty() ? "something" : blocked)
                + (page.isEmpty() ? "" : " on " + page) + (source.isEmpty() ? "" : " (" + source + ")");
    }

    private static String firstOf(JsonObject object, String name, String otherName) {
        String value = text(object, name);
        return value.isEmpty() ? text(object, otherName) : value;
    }

    private static String text(JsonObject object, String name) {
        String value = object.get(name) instanceof JsonString string ? string.getString().strip() : "";
        return value.length() <= PART_MAX ? value : value.substring(0, PART_MAX) + "…";
    }

    private static String sourceOf(String file, JsonValue line) {
        String path = withoutQuery(file);
        return path.isEmpty() || line == null || line.getValueType() != JsonValue.ValueType.NUMBER
                ? path : path + ":" + line;
    }

    /** A URL without its query or fragment; a word (inline, eval) as it is. */
    private static String withoutQuery(String url) {
        return QUERY_OR_FRAGMENT.split(url, 2)[0];
    }
}
