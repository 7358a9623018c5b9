package com.incidentreports.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An admin asked that whoever first signs in with this (verified) email address gets these roles. Pending until
 * then; accepted exactly once; an expired or revoked invitation grants nothing. At most one invitation per address
 * is open at a time: {@code open_email} holds the address while the invitation can still be accepted and is unique.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = User.EMAIL_MAX)
    private String email;

    /** The address while the invitation is open (pending, as far as anyone has looked not expired); else null. */
    @Column(name = "open_email", unique = true, length = User.EMAIL_MAX)
    private String openEmail;

    @ElementCollection
    @CollectionTable(name = "invitation_role", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "role", length = 20)
    private Set<String> roles = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invited_by_id", nullable = false)
    private User invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InvitationStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by_id")
    private User acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    /**
     * @param email an address as {@link EmailAddress#normalise} leaves it
     * @param roles grantable roles, at least one
     */
    public Invitation(String email, Set<String> roles, User invitedBy, Instant now, Duration validity) {
        this.email = EmailAddress.normalise(email)
                .orElseThrow(() -> new IllegalArgumentException("Not an email address: " + email));
        if (roles.isEmpty() || !roles.stream().allMatch(Roles::isGrantable)) {
            throw new IllegalArgumentException("An invitation gives grantable roles: " + roles);
        }
        this.openEmail = this.email;
        this.roles.addAll(roles);
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.createdAt = now;
        this.lastSentAt = now;
        this.expiresAt = now.plus(validity);
        this.status = InvitationStatus.PENDING;
    }

    /** Where it stands at {@code now}: a pending invitation past its expiry is {@link InvitationStatus#EXPIRED}. */
    public InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    /** Whether a sign-in at {@code now} whose verified email is {@code verifiedEmail} gets this invitation's roles. */
    public boolean grantsTo(String verifiedEmail, Instant now) {
        return statusAt(now) == InvitationStatus.PENDING
                && EmailAddress.normalise(verifiedEmail).filter(email::equals).isPresent();
    }

    /** Sent again: pending (or expired) invitations get a new expiry counted from now. */
    public void resend(Instant now, Duration validity) {
        if (status != InvitationStatus.PENDING) {
            throw new IllegalStateException("Only a pending invitation can be sent again; this one is " + status);
        }
        lastSentAt = now;
        expiresAt = now.plus(validity);
        openEmail = email;
    }

    /** Taken back: it will never grant anything. */
    public void revoke(Instant now) {
        if (status != InvitationStatus.PENDING) {
            throw new IllegalStateException("Only a pending invitation can be revoked; this one is " + status);
        }
        status = InvitationStatus.REVOKED;
        revokedAt = now;
        openEmail = null;
    }

    /** An expired invitation stops holding its address, so that a new one can be made for it. */
    public void releaseIfExpired(Instant now) {
        if (statusAt(now) == InvitationStatus.EXPIRED) {
            openEmail = null;
        }
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public User getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }

    public Optional<User> getAcceptedBy() {
        return Optional.ofNullable(acceptedBy);
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Invitation invitation && id != null && id.equals(invitation.id);
    }

    @Override
    public int hashCode() {
        return Invitation.class.hashCode();
    }
}
