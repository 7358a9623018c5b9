package com.incidentreports.action;

import java.time.LocalDate;

/** An action's due date changed; either may be null (no due date). */
public record ActionDueDateChanged(long actionId, long reportId, LocalDate from, LocalDate to) {
}
