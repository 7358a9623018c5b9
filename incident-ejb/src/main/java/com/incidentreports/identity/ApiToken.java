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
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A personal API token: lets a program call the REST API as the person who created it, with that person's roles.
 * Only the hash of its secret is kept ({@link TokenSecret#API}). It works until it expires (if it has an expiry) or
 * is revoked; a revoked token stays, for the record.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User owner;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Column(name = "secret_hint", nullable = false, length = 16)
    private String secretHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    /** A token for {@code owner} with the given secret (of which only the hash is kept); no expiry if null. */
    public ApiToken(User owner, String name, String secret, Instant createdAt, Instant expiresAt) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.secretHash = TokenSecret.hash(secret);
        this.secretHint = TokenSecret.API.hint(secret);
        this.createdAt = Objects.requireNonNull(createdAt);
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token cannot expire before it is created");
        }
        this.expiresAt = expiresAt;
    }

    /** Whether the token lets a call in at {@code now}: not revoked, and not past its expiry. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && !isExpiredAt(expiresAt, now);
    }

    /** Whether a token with this expiry (null: none) has expired at {@code now}. */
    public static boolean isExpiredAt(Instant expiresAt, Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Revokes the token from {@code now} on; false if it was revoked already. */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public User getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getSecretHint() {
        return secretHint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ApiToken token && id != null && id.equals(token.id);
    }

    @Override
    public int hashCode() {
        return ApiToken.class.hashCode();
    }
}
