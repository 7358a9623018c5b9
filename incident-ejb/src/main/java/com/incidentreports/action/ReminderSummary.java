package com.incidentreports.action;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What one run of the daily reminders did: whether it claimed the day (false when another run already had), how many
 * actions it reminded owners of, and how many of those it also escalated to the QA lead who assigned them.
 */
public record ReminderSummary(LocalDate day, boolean claimed, int reminded, int escalated) implements Serializable {
}
