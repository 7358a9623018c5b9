package com.incidentreports.action;

import com.incidentreports.report.Severity;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The due date an action gets unless someone gives one: so many days after it is created, by the report's severity
 * (by default SEV1 14, SEV2 28, SEV3 56; SEV4 none). 0 or less means no default.
 */
public record ActionDueDates(Map<Severity, Integer> days) {

    public static final ActionDueDates STANDARD = new ActionDueDates(Map.of(
            Severity.SEV1, 14, Severity.SEV2, 28, Severity.SEV3, 56, Severity.SEV4, 0));

    public ActionDueDates {
        days = Map.copyOf(new EnumMap<>(days));
    }

    /** The default due date of an action created on {@code today} for a report of {@code severity}; null for none. */
    public LocalDate defaultFor(Severity severity, LocalDate today) {
        Integer after = severity == null ? null : days.get(severity);
        return after == null || after <= 0 ? null : today.plusDays(after);
    }
}
