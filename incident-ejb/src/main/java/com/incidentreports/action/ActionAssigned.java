package com.incidentreports.action;

/** A QA lead gave an action to an owner (again, if it had one), by ids. */
public record ActionAssigned(long actionId, long reportId, long ownerId, long assignedById) {
}
