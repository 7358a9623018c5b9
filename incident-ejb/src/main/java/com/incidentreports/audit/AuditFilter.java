package com.incidentreports.audit;

import com.incidentreports.identity.SecurityEvent;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which entries of the audit log to show; every part is optional. {@code person} is a username (or an email
 * address an invitation went to) that is either the entry's actor or its subject; {@code from} is inclusive,
 * {@code to} exclusive.
 */
public record AuditFilter(SecurityEvent.Type type, String person, Instant from, Instant to) implements Serializable {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    public AuditFilter {
        person = person == null || person.isBlank() ? null : person.strip();
    }
}
