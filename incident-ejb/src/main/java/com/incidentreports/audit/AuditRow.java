package com.incidentreports.audit;

import com.incidentreports.identity.SecurityEvent;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the audit log as lists show it. */
public record AuditRow(long id, Instant occurredAt, SecurityEvent.Type type, String actor, String subject,
                       String detail, String clientAddress) implements Serializable {
}
