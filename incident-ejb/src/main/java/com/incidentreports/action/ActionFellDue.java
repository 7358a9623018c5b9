package com.incidentreports.action;

/**
 * The daily reminders found an open action due within days, or overdue: its owner is to hear of it, once that day.
 *
 * @param escalateTo the QA lead who assigned it, by id, when it is overdue for longer than QA leads wait; else null
 */
public record ActionFellDue(long actionId, long reportId, boolean overdue, Long escalateTo) {
}
