package com.incidentreports.action;

/** A new follow-up action on a report: proposed by one of its authors, or created by a QA lead. */
public record ActionProposed(long actionId, long reportId) {
}
