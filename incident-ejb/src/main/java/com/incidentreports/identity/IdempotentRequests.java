package com.incidentreports.identity;

import com.incidentreports.platform.UnprocessableException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Requests that are done once however often they are sent: a person's request with an Idempotency-Key is done the
 * first time, and its answer kept for {@link #KEPT}; the same key from the same person again gets that answer, not
 * a second comment or report. The person's requests with a key wait for each other (their user record is locked
 * until the transaction ends), so twenty at once still do it once. Only answers of requests that succeeded are kept:
 * one that failed changed nothing and may be sent again. An answer longer than {@link IdempotencyKey#BODY_MAX}
 * characters (a report near every size limit) is kept without its body: sent again, it is still done once, and
 * answered with its status, Location and ETag.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class IdempotentRequests {

    /** How long a key names its request. */
    public static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory users;

    /**
     * The answer of the caller's request {@code key}, which {@code asked} (its method, path and body): the kept one
     * if the caller sent it before, else {@code request}'s, done now in this transaction and kept.
     *
     * @throws UnprocessableException if the key was used for another request within {@link #KEPT}
     */
    public KeptAnswer once(String key, String asked, Supplier<KeptAnswer> request) {
        // Only the hash is kept (the same one as a token secret's): what a request asked can be long.
        String fingerprint = TokenSecret.hash(asked);
        User me = users.callerLocked();
        Instant now = clock.instant();
        List<IdempotencyKey> kept = em.createQuery(
                        "select k from IdempotencyKey k where k.owner = :me and k.key = :key", IdempotencyKey.class)
                .setParameter("me", me).setParameter("key", key).getResultList();
        for (IdempotencyKey earlier : kept) {
            if (!earlier.createdAt().isAfter(now.minus(KEPT))) {
                em.remove(earlier);
                em.flush();
            } else if (!earlier.isFor(fingerprint)) {
                throw new UnprocessableException("This Idempotency-Key was sent with another request within the "
                        + "last day. Use a new key for each new request.");
            } else {
                return earlier.answer();
            }
        }
        KeptAnswer answer = request.get();
        em.persist(new IdempotencyKey(me, key, fingerprint, answer, now));
        return answer;
    }
}
