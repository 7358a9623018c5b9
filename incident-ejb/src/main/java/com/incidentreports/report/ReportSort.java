package com.incidentreports.report;

/** The orders a report list can be sorted in. Newest incident first is the default. */
public enum ReportSort {
    STARTED_AT("r.impact.startedAt"),
    TITLE("lower(r.title)"),
    SEVERITY("r.severity"),
    SERVICE("lower(s.name)"),
    USERS_AFFECTED("r.usersAffected");

    private final String expression;

    ReportSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
