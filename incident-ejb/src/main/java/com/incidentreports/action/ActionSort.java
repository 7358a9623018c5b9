package com.incidentreports.action;

/**
 * The orders an action list can be sorted in. The default, {@link #DUE_DATE} ascending, puts overdue actions first
 * and actions without a due date last.
 */
public enum ActionSort {
    DUE_DATE("case when a.dueDate is null then 1 else 0 end, a.dueDate"),
    TITLE("lower(a.title)"),
    STATUS("a.status"),
    PRIORITY("a.priority"),
    TYPE("a.type"),
    OWNER("lower(o.displayName)"),
    SERVICE("lower(s.name)"),
    CREATED_AT("a.createdAt");

    private final String expression;

    ActionSort(String expression) {
        this.expression = expression;
    }

    /** The ORDER BY terms, each in {@code direction}. */
    String orderBy(String direction) {
        return String.join(direction + ", ", expression.split(", ")) + direction;
    }
}
