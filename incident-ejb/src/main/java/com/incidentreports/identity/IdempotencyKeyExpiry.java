package com.incidentreports.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Deletes the Idempotency-Keys older than {@link IdempotentRequests#KEPT}, every hour: after a day a key no longer
 * names its request. Every server runs it; deleting what is already gone does no harm.
 */
@Singleton
@Startup
@PermitAll
public class IdempotencyKeyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class.getName());

    @Resource
    private TimerService timers;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute(17).second(0).timezone("UTC"),
                new TimerConfig(null, false));
    }

    @Timeout
    void hourly() {
        int deleted = em.createQuery("delete from IdempotencyKey k where k.createdAt <= :cutoff")
                .setParameter("cutoff", clock.instant().minus(IdempotentRequests.KEPT))
                .executeUpdate();
        LOG.fine(() -> "Idempotency keys: " + deleted + " older than a day deleted.");
    }
}
