package com.incidentreports.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /** Accepts the open invitation to {@code email}, if there is one, for {@code user}, and grants its roles. */
    void acceptFor(User user, String email, Instant now) {
        List<Invitation> open = em.createQuery("select i from Invitation i join fetch i.invitedBy"
                        + " where i.openEmail = :email", Invitation.class)
                .setParameter("email", email)
                .getResultList();
        for (Invitation invitation : open) {
            if (invitation.grantsTo(email, now) && claim(invitation, user, now)) {
                grant(user, invitation, email);
            }
        }
    }

    /** Marks the invitation accepted unless another sign-in did so first (or it expired or was revoked since). */
    private boolean claim(Invitation invitation, User user, Instant now) {
        return em.createQuery("update Invitation i set i.status = :accepted, i.acceptedBy = :user,"
                        + " i.acceptedAt = :now, i.openEmail = null, i.version = i.version + 1"
                        + " where i.id = :id and i.status = :pending and i.expiresAt > :now")
                .setParameter("accepted", InvitationStatus.ACCEPTED)
                .setParameter("user", user)
                .setParameter("now", now)
                .setParameter("id", invitation.getId())
                .setParameter("pending", InvitationStatus.PENDING)
                .executeUpdate() == 1;
    }

    private void grant(User user, Invitation invitation, String email) {
        String invitedBy = invitation.getInvitedBy().getUsername();
        List<String> roles = Roles.ALL.stream().filter(invitation.getRoles()::contains).toList();
        for (String role : roles) {
            if (user.grant(role)) {
                securityEvents.fire(new SecurityEvent(SecurityEvent.Type.ROLE_GRANTED, invitedBy, user.getUsername(),
                        role + " (invitation to " + email + ")"));
            }
        }
        securityEvents.fire(new SecurityEvent(SecurityEvent.Type.INVITATION_ACCEPTED, user.getUsername(), email,
                "roles " + String.join(", ", roles) + ", invited by " + invitedBy));
    }
}
