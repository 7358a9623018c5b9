package com.incidentreports.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Gives a person signing in what an open invitation to their verified email address promised. Called by
 * {@link UserDirectory#admit} only, inside its transaction, so every sign-in path (local form, HTTP Basic, single
 * sign-on) passes here. The invitation is claimed with a conditional update: of two sign-ins at the same moment
 * only one finds it still pending, so its roles are granted exactly once.
 */
@Dependent
class InvitationAcceptance {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<SecurityEvent> securityEvents;

    @Inject
    private LocalAccountEmails localEmails;

    /** The address this sign-in proved: the provider's (unless it said it did not verify it) or the configured one. */
    Optional<String> verifiedEmail(SignInClaims claims) {
        if (claims.path() == SignInPath.SSO) {
            return claims.emailVerified() ? EmailAddress.normalise(claims.email()) : Optional.empty();
        }
        return localEmails.of(claims.username());
    }

    /** Accepts the open invitation to {@code email}, if there is one, for {@code user}; true if roles were granted. */
    boolean acceptFor(User user, String email, Instant now) {
        List<Long> open = em.createQuery("select i.id from Invitation i where i.openEmail = :email"
                        + " and i.status = :pending and i.expiresAt > :now", Long.class)
                .setParameter("email", email)
                .setParameter("pending", InvitationStatus.PENDING)
                .setParameter("now", now)
                .getResultList();
        boolean granted = false;
        for (Long id : open) {
            int claimed = em.createQuery("update Invitation i set i.status = :accepted, i.acceptedBy = :user,"
                            + " i.acceptedAt = :now, i.openEmail = null, i.version = i.version + 1"
                            + " where i.id = :id and i.status = :pending and i.expiresAt > :now")
                    .setParameter("accepted", InvitationStatus.ACCEPTED)
                    .setParameter("user", user)
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .setParameter("pending", InvitationStatus.PENDING)
                    .executeUpdate();
            if (claimed == 1) {
                grant(user, id, email);
                granted = true;
            }
        }
        return granted;
    }

    private void grant(User user, Long invitationId, String email) {
        String invitedBy = em.createQuery("select i.invitedBy.username from Invitation i where i.id = :id",
                        String.class)
                .setParameter("id", invitationId).getSingleResult();
        List<String> roles = em.createQuery("select r from Invitation i join i.roles r where i.id = :id", String.class)
                .setParameter("id", invitationId).getResultList();
        for (String role : new TreeSet<>(roles)) {
            if (Roles.isGrantable(role) && user.grant(role)) {
                securityEvents.fire(new SecurityEvent(SecurityEvent.Type.ROLE_GRANTED, invitedBy, user.getUsername(),
                        role + " (invitation to " + email + ")"));
            }
        }
        securityEvents.fire(new SecurityEvent(SecurityEvent.Type.INVITATION_ACCEPTED, user.getUsername(), email,
                "roles " + String.join(", ", new TreeSet<>(roles)) + ", invited by " + invitedBy));
    }
}
