package com.incidentreports.action;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How close an open action is to its due date, on a given day. */
public enum ActionDeadline {
    /** Its due date has passed. */
    OVERDUE,
    /** Due today or within {@link #SOON_DAYS} days. */
    DUE_SOON,
    /** Due later, or no due date. */
    LATER;

    public static final int SOON_DAYS = 2;

    public static ActionDeadline of(LocalDate due, LocalDate today) {
        if (due == null) {
            return LATER;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= SOON_DAYS ? DUE_SOON : LATER;
    }

    /** Whole days past the due date; 0 when not overdue. */
    public static long daysOverdue(LocalDate due, LocalDate today) {
        return due == null || !due.isBefore(today) ? 0 : ChronoUnit.DAYS.between(due, today);
    }

    /** Whether an action in {@code status} due on {@code due} is overdue on {@code today}. */
    public static boolean isOverdue(ActionStatus status, LocalDate due, LocalDate today) {
        return status.isOpen() && of(due, today) == OVERDUE;
    }
}
