package com.incidentreports.action;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a follow-up action stands. An author's proposal has no owner yet; a QA lead's assignment opens it; its
 * owner delivers it with evidence; a QA lead verifies it, or agrees that it will not be done.
 */
public enum ActionStatus {
    PROPOSED,
    OPEN,
    IN_PROGRESS,
    DONE,
    VERIFIED,
    WONT_DO_REQUESTED,
    WONT_DO;

    /** Still a promise someone has to keep: everything but done, verified and won't do. */
    public static final Set<ActionStatus> OPEN_STATUSES = EnumSet.of(PROPOSED, OPEN, IN_PROGRESS, WONT_DO_REQUESTED);

    public boolean isOpen() {
        return OPEN_STATUSES.contains(this);
    }

    /** Settled for good, unless a QA lead reopens it: verified, or agreed not to be done. */
    public boolean isClosed() {
        return this == VERIFIED || this == WONT_DO;
    }
}
