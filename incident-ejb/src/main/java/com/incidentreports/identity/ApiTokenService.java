package com.incidentreports.identity;

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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person's own personal API tokens: listed, created and revoked on their profile page (or through the API). */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ApiTokenService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private UserDirectory users;

    @Inject
    private Event<SecurityEvent> securityEvents;

    @Inject
    private Event<ApiTokenRevoked> revocations;

    /** The caller's tokens that have not been revoked, newest first; expired ones too, until revoked. */
    public List<ApiTokenView> mine() {
        return em.createQuery("""
                        select t from ApiToken t
                        where t.owner.username = :caller and t.revokedAt is null
                        order by t.createdAt desc, t.id desc""", ApiToken.class)
                .setParameter("caller", users.caller().getUsername())
                .getResultStream().map(ApiTokenView::of).toList();
    }

    /**
     * Creates a token for the caller, named {@code name}, working until {@code expiresAt} (never expiring if null).
     * The answer holds the secret, which is shown this once and never kept.
     */
    public NewApiToken create(String name, Instant expiresAt) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.add(new FieldError("name", "apiToken.name.required",
                    "Give the token a name, such as the program that will use it."));
        } else if (trimmed.length() > ApiToken.NAME_MAX) {
            errors.add(new FieldError("name", "apiToken.name.size", "A token name can be at most 100 characters."));
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            errors.add(new FieldError("expiresAt", "apiToken.expiresAt.past", "The expiry must be in the future."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
        User owner = users.caller();
        String secret = TokenSecret.API.generate();
        ApiToken token = new ApiToken(owner, trimmed, secret, now, expiresAt);
        em.persist(token);
        em.flush();
        securityEvents.fire(new SecurityEvent(SecurityEvent.Type.TOKEN_CREATED, owner.getUsername(), null,
                "\"" + trimmed + "\" (" + token.getSecretHint() + "…)"
                        + (expiresAt == null ? ", no expiry" : ", expires " + expiresAt)));
        return new NewApiToken(ApiTokenView.of(token), secret);
    }

    /** Revokes one of the caller's tokens; it stops working at once on this server. */
    public void revoke(long id) {
        String caller = users.caller().getUsername();
        ApiToken token = em.createQuery(
                        "select t from ApiToken t where t.id = :id and t.owner.username = :caller", ApiToken.class)
                .setParameter("id", id)
                .setParameter("caller", caller)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Token", id));
        if (token.revoke(clock.instant())) {
            revocations.fire(new ApiTokenRevoked(token.getSecretHash()));
            securityEvents.fire(new SecurityEvent(SecurityEvent.Type.TOKEN_REVOKED, caller, null,
                    "\"" + token.getName() + "\" (" + token.getSecretHint() + "…)"));
        }
    }
}
