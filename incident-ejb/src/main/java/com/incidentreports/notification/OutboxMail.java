package com.incidentreports.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An email waiting to be sent. It is written in the transaction of what it tells of, so it exists exactly when that
 * happened, and sent after that transaction commits; when the mail server cannot take it, it is tried again later,
 * waiting longer each time, up to {@link #MAX_ATTEMPTS} times.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    public static final int RECIPIENT_MAX = 254;
    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 4_000;
    public static final int ERROR_MAX = 1_000;
    public static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = RECIPIENT_MAX)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    /** When to try next; null once sent or given up. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = cut(subject, SUBJECT_MAX);
        this.body = cut(body, BODY_MAX);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        attempts++;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The mail server did not take it: try again after a wait that doubles each time (1, 2, 4 … 60 minutes). */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = cut(error == null ? "unknown error" : error, ERROR_MAX);
        nextAttemptAt = attempts >= MAX_ATTEMPTS ? null : now.plus(retryDelay(attempts));
    }

    static Duration retryDelay(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OutboxMail mail && id != null && id.equals(mail.id);
    }

    @Override
    public int hashCode() {
        return OutboxMail.class.hashCode();
    }
}
