package com.incidentreports.action;

/** What a follow-up action does about the incident. */
public enum ActionType {
    /** Keeps it from happening again. */
    PREVENT,
    /** Makes it hurt less when it happens. */
    MITIGATE,
    /** Notices it sooner. */
    DETECT,
    /** Changes how people work. */
    PROCESS
}
