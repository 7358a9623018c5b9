package com.incidentreports.action;

/** What a change in an action's history changed. */
public enum ActionField {
    STATUS,
    OWNER,
    DUE_DATE
}
