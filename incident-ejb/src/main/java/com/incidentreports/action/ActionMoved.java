package com.incidentreports.action;

/** An action's status changed, by its owner or a QA lead, or by being assigned. */
public record ActionMoved(long actionId, long reportId, ActionStatus from, ActionStatus to) {
}
