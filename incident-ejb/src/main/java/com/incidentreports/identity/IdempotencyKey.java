package com.incidentreports.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A request a person made with an Idempotency-Key, and the answer it got ({@link IdempotentRequests}). Written once,
 * never changed, deleted when a day old.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    public static final int KEY_MAX = 255;
    /** As long as a rendered section may be; a longer answer is kept without its body (see IdempotentRequests). */
    public static final int BODY_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_key_seq")
    @SequenceGenerator(name = "idempotency_key_seq", sequenceName = "idempotency_key_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User owner;

    @Column(name = "idem_key", nullable = false, length = KEY_MAX)
    private String key;

    /** A hash of what the request asked: the same key for another request is refused. */
    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int status;

    @Column(length = 2000)
    private String location;

    @Column(length = 100)
    private String etag;

    @Column(length = BODY_MAX)
    private String body;

    protected IdempotencyKey() {
    }

    IdempotencyKey(User owner, String key, String fingerprint, KeptAnswer answer, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner);
        this.key = Objects.requireNonNull(key);
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = answer.status();
        this.location = answer.location();
        this.etag = answer.etag();
        this.body = answer.body() == null || answer.body().length() > BODY_MAX ? null : answer.body();
    }

    boolean isFor(String requestFingerprint) {
        return fingerprint.equals(requestFingerprint);
    }

    Instant createdAt() {
        return createdAt;
    }

    KeptAnswer answer() {
        return new KeptAnswer(status, location, etag, body);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof IdempotencyKey that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return IdempotencyKey.class.hashCode();
    }
}
