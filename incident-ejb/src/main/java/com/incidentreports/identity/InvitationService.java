package com.incidentreports.identity;

import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Admins invite people by email with roles; the invitation is accepted at the person's first sign-in with that
 * verified address ({@link UserDirectory#admit}). Creating, sending again and revoking are recorded as security
 * events.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class InvitationService {

    /** The most a list shows, newest first. */
    public static final int LIST_MAX = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private UserDirectory users;

    @Inject
    private InvitationSettings settings;

    @Inject
    private Event<InvitationSent> invitationsSent;

    @Inject
    private Event<SecurityEvent> securityEvents;

    /** The newest invitations, of one status or (null) all. */
    public List<InvitationView> list(InvitationStatus status) {
        Instant now = clock.instant();
        String where = switch (status == null ? "ALL" : status.name()) {
            case "PENDING" -> " where i.status = :pending and i.expiresAt > :now";
            case "EXPIRED" -> " where i.status = :pending and i.expiresAt <= :now";
            case "ACCEPTED", "REVOKED" -> " where i.status = :status";
            default -> "";
        };
        TypedQuery<Long> ids = em.createQuery("select i.id from Invitation i" + where
                + " order by i.createdAt desc, i.id desc", Long.class).setMaxResults(LIST_MAX);
        if (where.contains(":pending")) {
            ids.setParameter("pending", InvitationStatus.PENDING).setParameter("now", now);
        } else if (where.contains(":status")) {
            ids.setParameter("status", status);
        }
        List<Long> found = ids.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Invitation i join fetch i.invitedBy"
                        + " left join fetch i.acceptedBy left join fetch i.roles where i.id in :ids"
                        + " order by i.createdAt desc, i.id desc", Invitation.class)
                .setParameter("ids", found)
                .getResultStream().map(invitation -> InvitationView.of(invitation, now)).toList();
    }

    public InvitationView get(long id) {
        return InvitationView.of(find(id), clock.instant());
    }

    /**
     * Invites {@code input.email()} with {@code input.roles()} and emails them. Refused while another invitation to
     * the same address is open (send that one again instead).
     */
    public InvitationView invite(NewInvitation input) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        Optional<String> email = EmailAddress.normalise(input.email());
        if (input.email() == null || input.email().isBlank()) {
            errors.add(new FieldError("email", "invitation.email.required", "Give the email address to invite."));
        } else if (email.isEmpty()) {
            errors.add(new FieldError("email", "invitation.email.invalid",
                    "This is not an email address (name@example.com)."));
        }
        if (input.roles().isEmpty()) {
            errors.add(new FieldError("roles", "invitation.roles.required", "Choose at least one role."));
        } else if (!input.roles().stream().allMatch(Roles::isGrantable)) {
            errors.add(new FieldError("roles", "invitation.roles.unknown",
                    "Only AUTHOR, QA_LEAD and ADMIN can be given."));
        }
        Optional<Invitation> holding = email.flatMap(this::holdingAddress);
        holding.ifPresent(previous -> previous.releaseIfExpired(now));
        if (holding.filter(previous -> previous.statusAt(now) == InvitationStatus.PENDING).isPresent()) {
            errors.add(new FieldError("email", "invitation.email.alreadyInvited",
                    "This address already has an open invitation: send it again or revoke it."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
        em.flush();
        User admin = users.caller();
        Invitation invitation = new Invitation(email.get(), input.roles(), admin, now, settings.validity());
        em.persist(invitation);
        em.flush();
        invitationsSent.fire(new InvitationSent(invitation.getId(), invitation.getEmail(), admin.getDisplayName(),
                invitation.getRoles(), invitation.getExpiresAt()));
        securityEvents.fire(new SecurityEvent(SecurityEvent.Type.INVITATION_CREATED, admin.getUsername(),
                invitation.getEmail(), "roles " + String.join(", ", InvitationView.of(invitation, now).roles())));
        return InvitationView.of(invitation, now);
    }

    /** Sends a pending (or expired) invitation again, open for the full time again from now. */
    public InvitationView resend(long id) {
        Instant now = clock.instant();
        Invitation invitation = find(id);
        InvitationStatus status = invitation.statusAt(now);
        if (status != InvitationStatus.PENDING && status != InvitationStatus.EXPIRED) {
            throw new ConflictException("This invitation is " + status.name().toLowerCase()
                    + " and cannot be sent again.");
        }
        Optional<Invitation> holding = holdingAddress(invitation.getEmail()).filter(other -> !other.equals(invitation));
        holding.ifPresent(other -> other.releaseIfExpired(now));
        if (holding.filter(other -> other.statusAt(now) == InvitationStatus.PENDING).isPresent()) {
            throw new ConflictException("A newer invitation to " + invitation.getEmail() + " is open.");
        }
        em.flush();
        invitation.resend(now, settings.validity());
        User admin = users.caller();
        invitationsSent.fire(new InvitationSent(invitation.getId(), invitation.getEmail(), admin.getDisplayName(),
                invitation.getRoles(), invitation.getExpiresAt()));
        securityEvents.fire(new SecurityEvent(SecurityEvent.Type.INVITATION_RESENT, admin.getUsername(),
                invitation.getEmail(), "open until " + invitation.getExpiresAt()));
        em.flush();
        return InvitationView.of(invitation, now);
    }

    /** Takes a pending (or expired) invitation back: it will never grant anything. */
    public InvitationView revoke(long id) {
        Instant now = clock.instant();
        Invitation invitation = find(id);
        if (invitation.statusAt(now) == InvitationStatus.ACCEPTED || invitation.statusAt(now) == InvitationStatus.REVOKED) {
            throw new ConflictException("This invitation is " + invitation.statusAt(now).name().toLowerCase()
                    + " and cannot be revoked.");
        }
        invitation.revoke(now);
        securityEvents.fire(new SecurityEvent(SecurityEvent.Type.INVITATION_REVOKED, users.caller().getUsername(),
                invitation.getEmail(), null));
        em.flush();
        return InvitationView.of(invitation, now);
    }

    private Optional<Invitation> holdingAddress(String email) {
        return em.createQuery("select i from Invitation i where i.openEmail = :email", Invitation.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    private Invitation find(long id) {
        Invitation invitation = em.find(Invitation.class, id);
        if (invitation == null) {
            throw new NotFoundException("Invitation", id);
        }
        return invitation;
    }
}
