package com.incidentreports.webhook;

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

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Sends the due webhook deliveries: right after a transaction that wrote some commits (asynchronously, so no page
 * waits for a receiver), and every {@code incidents.webhooks.poll-seconds} for the tries due later. One round runs
 * at a time on a server; across servers each delivery is claimed before it is sent ({@link WebhookDeliveries#claim}),
 * so none goes out twice.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int BATCH = 50;

    private final ReentrantLock sending = new ReentrantLock();

    @Resource
    private TimerService timers;

    @EJB
    private WebhookDeliveries deliveries;

    @Inject
    private WebhookSettings settings;

    @Inject
    private Clock clock;

    @PostConstruct
    void schedule() {
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Asynchronous
    public void sendSoon() {
        sendDue();
    }

    @Timeout
    void poll() {
        sendDue();
    }

    private void sendDue() {
        if (!sending.tryLock()) {
            return;
        }
        try {
            OutgoingAddresses addresses;
            try {
                addresses = settings.addresses();
            } catch (IllegalArgumentException e) {
                LOG.severe("No webhook is sent: incidents.webhooks.allowed-hosts is wrong. " + e.getMessage());
                return;
            }
            OutgoingCall call = new OutgoingCall(settings.connectTimeout(), settings.readTimeout(), addresses,
                    settings.allowHttp(), clock);
            for (Long id : deliveries.due(BATCH)) {
                Optional<WebhookDeliveries.Job> job = deliveries.claim(id);
                if (job.isPresent()) {
                    Instant at = clock.instant();
                    OutgoingCall.Outcome outcome = call.post(job.get().url(), job.get().secret(),
                            job.get().messageId(), job.get().body());
                    deliveries.record(id, outcome, at);
                }
            }
        } finally {
            sending.unlock();
        }
    }
}
