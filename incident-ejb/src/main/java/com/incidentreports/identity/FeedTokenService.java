package com.incidentreports.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's feed token ({@link FeedToken}): shown on their profile, made or reset there, and looked up when a feed
 * reader presents it. Resetting gives a new secret, shown once; the old one stops working at once.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class FeedTokenService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private UserDirectory users;

    @Inject
    private Event<SecurityEvent> securityEvents;

    /** The caller's feed token, if they have made one. */
    public Optional<FeedTokenView> mine() {
        return find(users.caller().getUsername())
                .map(token -> new FeedTokenView(token.getSecretHint(), token.getCreatedAt()));
    }

    /** Gives the caller a feed token with a new secret, made now; the answer is the secret, shown this once. */
    public String reset() {
        User owner = users.caller();
        Instant now = clock.instant();
        String secret = TokenSecret.FEED.generate();
        Optional<FeedToken> existing = find(owner.getUsername());
        existing.ifPresentOrElse(token -> token.replaceSecret(secret, now),
                () -> em.persist(new FeedToken(owner, secret, now)));
        em.flush();
        securityEvents.fire(new SecurityEvent(SecurityEvent.Type.TOKEN_CREATED, owner.getUsername(), null,
                (existing.isPresent() ? "feed token reset" : "feed token") + " (" + TokenSecret.FEED.hint(secret)
                        + "…)"));
        return secret;
    }

    /** The username of the person whose feed token this is; empty for any other text. */
    @PermitAll
    public Optional<String> holderOf(String secret) {
        if (!TokenSecret.FEED.isWellFormed(secret)) {
            return Optional.empty();
        }
        return em.createQuery("select t.owner.username from FeedToken t where t.secretHash = :hash", String.class)
                .setParameter("hash", TokenSecret.hash(secret))
                .getResultStream().findFirst();
    }

    private Optional<FeedToken> find(String username) {
        return em.createQuery("select t from FeedToken t where t.owner.username = :username", FeedToken.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
