package com.incidentreports.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds whose a presented API token is, by the hash of its secret, looking in the database at most every
 * {@value #FRESH_SECONDS} seconds per token: most API calls cost no statement for it. A token revoked on this server
 * stops working at once ({@link ApiTokenRevoked}); one revoked on another server within {@value #FRESH_SECONDS}
 * seconds. When a token was last used is written at most every {@value #LAST_USED_MINUTES} minutes, not on every
 * call.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ApiTokenCache {

    static final int FRESH_SECONDS = 30;
    static final int LAST_USED_MINUTES = 5;
    /** Tokens remembered at most; beyond it the cache starts afresh rather than grow without bound. */
    private static final int CAPACITY = 10_000;
    private static final Duration FRESH = Duration.ofSeconds(FRESH_SECONDS);
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(LAST_USED_MINUTES);

    private record Entry(ApiTokenHolder holder, Instant lastUsedAt, Instant loaded) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * The holder of the token with this secret, revoked or not, or empty if there is no such token. A use of a token
     * that still works is noted as its last use.
     */
    public Optional<ApiTokenHolder> holderOf(String secret) {
        Instant now = clock.instant();
        String hash = TokenSecret.hash(secret);
        Entry entry = entries.get(hash);
        if (entry == null || !entry.loaded().plus(FRESH).isAfter(now)) {
            entry = load(hash, now);
            if (entry == null) {
                entries.remove(hash);
                return Optional.empty();
            }
        }
        ApiTokenHolder holder = entry.holder();
        if (!holder.revoked() && !holder.isExpiredAt(now) && isStale(entry.lastUsedAt(), now)) {
            em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                    .setParameter("now", now)
                    .setParameter("id", holder.tokenId())
                    .executeUpdate();
            entry = new Entry(holder, now, entry.loaded());
        }
        remember(hash, entry);
        return Optional.of(holder);
    }

    private Entry load(String hash, Instant now) {
        return em.createQuery("""
                        select t.id, t.owner.username, t.expiresAt, t.revokedAt, t.lastUsedAt from ApiToken t
                        where t.secretHash = :hash""", Object[].class)
                .setParameter("hash", hash)
                .getResultStream().findFirst()
                .map(row -> new Entry(new ApiTokenHolder((Long) row[0], (String) row[1], (Instant) row[2],
                        row[3] != null), (Instant) row[4], now))
                .orElse(null);
    }

    private static boolean isStale(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(LAST_USED_PRECISION).isAfter(now);
    }

    private void remember(String hash, Entry entry) {
        if (entries.size() >= CAPACITY && !entries.containsKey(hash)) {
            entries.clear();
        }
        entries.put(hash, entry);
    }

    public void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiTokenRevoked revocation) {
        entries.remove(revocation.secretHash());
    }
}
