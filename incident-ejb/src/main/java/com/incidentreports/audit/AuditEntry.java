package com.incidentreports.audit;

import com.incidentreports.identity.SecurityEvent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the security audit log: something that matters for security happened ({@link SecurityEvent}), when,
 * who did it, to whom, and from which address. Written once, never changed; pruned when older than the retention.
 */
@Entity
@Table(name = "security_audit")
public class AuditEntry {

    public static final int PERSON_MAX = 320;
    public static final int DETAIL_MAX = 1000;
    public static final int ADDRESS_MAX = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_audit_seq")
    @SequenceGenerator(name = "security_audit_seq", sequenceName = "security_audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SecurityEvent.Type type;

    @Column(length = PERSON_MAX)
    private String actor;

    @Column(length = PERSON_MAX)
    private String subject;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Column(name = "client_address", length = ADDRESS_MAX)
    private String clientAddress;

    protected AuditEntry() {
    }

    /** Values longer than their column (a username typed into a failed sign-in can be anything) are cut short. */
    public AuditEntry(SecurityEvent event, Instant occurredAt, String clientAddress) {
        this.type = Objects.requireNonNull(event.type());
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = cut(event.actor(), PERSON_MAX);
        this.subject = cut(event.subject(), PERSON_MAX);
        this.detail = cut(event.detail(), DETAIL_MAX);
        this.clientAddress = cut(clientAddress, ADDRESS_MAX);
    }

    static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEvent.Type getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AuditEntry entry && id != null && id.equals(entry.id);
    }

    @Override
    public int hashCode() {
        return AuditEntry.class.hashCode();
    }
}
