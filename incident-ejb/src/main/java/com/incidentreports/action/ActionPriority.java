package com.incidentreports.action;

/** How urgent a follow-up action is; P1 first. */
public enum ActionPriority {
    P1,
    P2,
    P3
}
