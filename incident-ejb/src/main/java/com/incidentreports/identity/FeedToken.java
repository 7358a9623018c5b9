package com.incidentreports.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's feed token: lets a feed reader, which cannot sign in, read the Atom feeds as that person
 * ({@code ?feed_token=} in the feed's address). It reads feeds and nothing else. One per person; resetting it gives
 * it a new secret, and the old one stops working. Only the hash of the secret is kept ({@link TokenSecret#FEED}).
 */
@Entity
@Table(name = "feed_token")
public class FeedToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_token_seq")
    @SequenceGenerator(name = "feed_token_seq", sequenceName = "feed_token_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true)
    private User owner;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Column(name = "secret_hint", nullable = false, length = 16)
    private String secretHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FeedToken() {
    }

    public FeedToken(User owner, String secret, Instant now) {
        this.owner = Objects.requireNonNull(owner);
        replaceSecret(secret, now);
    }

    /** A new secret from {@code now} on: the old one no longer matches. */
    public void replaceSecret(String secret, Instant now) {
        this.secretHash = TokenSecret.hash(secret);
        this.secretHint = TokenSecret.FEED.hint(secret);
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public User getOwner() {
        return owner;
    }

    public String getSecretHint() {
        return secretHint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FeedToken token && id != null && id.equals(token.id);
    }

    @Override
    public int hashCode() {
        return FeedToken.class.hashCode();
    }
}
