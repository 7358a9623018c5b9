package com.incidentreports.audit;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * How long the audit log keeps its entries: {@code incidents.audit.retention-days} (400 by default, so a year-on-year
 * look back always has the whole year). Every day at 03:30 UTC the entries older than that are deleted; 0 or less
 * keeps everything. Every server runs it; deleting what is already gone does no harm.
 */
@Singleton
@Startup
@PermitAll
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Resource
    private TimerService timers;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "incidents.audit.retention-days", defaultValue = "400")
    int retentionDays;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour(3).minute(30).second(0).timezone("UTC"),
                new TimerConfig(null, false));
    }

    @Timeout
    void daily() {
        if (retentionDays <= 0) {
            return;
        }
        Instant cutoff = cutoff(clock.instant(), retentionDays);
        int deleted = em.createQuery("delete from AuditEntry e where e.occurredAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        LOG.info(() -> "Security audit log: " + deleted + " entries older than " + cutoff + " deleted.");
    }

    /** Entries from before this instant are past the retention. */
    static Instant cutoff(Instant now, int retentionDays) {
        return now.minus(Duration.ofDays(retentionDays));
    }
}
