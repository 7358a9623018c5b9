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
 * Each person's {@link Access}, looked up at most every {@value #FRESH_SECONDS} seconds, so that checking on every
 * request whether a signed-in person is still active and still has their roles costs no database work. A change made
 * on this server is seen at once (it fires {@link AccessChanged}); one made on another server within
 * {@value #FRESH_SECONDS} seconds.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AccessCache {

    static final int FRESH_SECONDS = 15;
    private static final Duration FRESH = Duration.ofSeconds(FRESH_SECONDS);

    private record Entry(Access access, Instant loaded) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The person's access as the database last said, or empty if they have no record yet. */
    public Optional<Access> of(String username) {
        Instant now = clock.instant();
        Entry entry = entries.get(username);
        if (entry != null && entry.loaded().plus(FRESH).isAfter(now)) {
            return Optional.of(entry.access());
        }
        Optional<Access> loaded = em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream().findFirst().map(Access::of);
        loaded.ifPresent(access -> entries.put(username, new Entry(access, now)));
        return loaded;
    }

    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessChanged change) {
        entries.remove(change.username());
    }
}
