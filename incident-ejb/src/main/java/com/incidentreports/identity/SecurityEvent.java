package com.incidentreports.identity;

import java.util.Objects;

/**
 * Something that matters for security happened: a sign-in, a refused sign-in, a change of what a person may do.
 * Fired as a CDI event by whoever made it happen, inside their transaction; the security audit log keeps it.
 *
 * @param type    what happened
 * @param actor   the username of who did it, or of who tried to (null if no one is known)
 * @param subject the username, email address or thing it was done to (null if the same as the actor)
 * @param detail  what else an admin reading the log needs: the sign-in path, the role, the reason
 */
public record SecurityEvent(Type type, String actor, String subject, String detail) {

    public enum Type {
        SIGN_IN,
        SIGN_IN_FAILED,
        SIGN_IN_REFUSED,
        SIGN_IN_LOCKED,
        SIGN_IN_UNLOCKED,
        ROLE_GRANTED,
        ROLE_REVOKED,
        PERSON_DEACTIVATED,
        PERSON_REACTIVATED,
        INVITATION_CREATED,
        INVITATION_RESENT,
        INVITATION_REVOKED,
        INVITATION_ACCEPTED,
        ACCESS_DENIED,
        TOKEN_CREATED,
        TOKEN_REVOKED,
        /** A browser blocked something a page of the application tried to load or run (its CSP report). */
        CSP_VIOLATION
    }

    public SecurityEvent {
        Objects.requireNonNull(type);
    }
}
