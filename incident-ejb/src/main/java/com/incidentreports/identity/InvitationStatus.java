package com.incidentreports.identity;

/**
 * Where an invitation stands. {@link #EXPIRED} is never stored: a pending invitation past its expiry shows as
 * expired and grants nothing.
 */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    REVOKED,
    EXPIRED
}
