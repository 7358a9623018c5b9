package com.incidentreports.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends the emails of the outbox: right after they are queued (asynchronously, so no page waits), and again every
 * {@code incidents.mail.retry-seconds} for those the mail server could not take. One delivery runs at a time, so
 * no email goes out twice; a delivery asked for while one runs is skipped, the running one or the next round sends it.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutbox {

    private static final int BATCH = 50;

    private final ReentrantLock delivering = new ReentrantLock();

    @Resource
    private TimerService timers;

    @EJB
    private MailSender sender;

    @Inject
    @ConfigProperty(name = "incidents.mail.retry-seconds", defaultValue = "60")
    private long retrySeconds;

    @PostConstruct
    void scheduleRetries() {
        long interval = Math.max(1, retrySeconds) * 1_000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Asynchronous
    public void deliverSoon() {
        deliverDue();
    }

    @Timeout
    void retry() {
        deliverDue();
    }

    private void deliverDue() {
        if (!delivering.tryLock()) {
            return;
        }
        try {
            for (Long id : sender.due(BATCH)) {
                sender.deliver(id);
            }
        } finally {
            delivering.unlock();
        }
    }
}
