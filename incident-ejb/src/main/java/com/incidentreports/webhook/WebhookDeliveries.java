package com.incidentreports.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The delivery table as the senders use it, each step in a transaction of its own so that no transaction stays open
 * while a receiver is called: find the due deliveries, claim one (a conditional update, so that of several servers
 * only one sends it; the claim runs out if that server stops), then write down what came of the try.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookDeliveries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private WebhookSettings settings;

    @Inject
    private Event<WebhookEndpointDisabled> disabled;

    /** What a sender needs to make one try. */
    public record Job(long deliveryId, String url, String secret, String messageId, String body) {
    }

    /** The ids of up to {@code max} deliveries due now, of endpoints that are on (or sent by an admin), oldest first. */
    public List<Long> due(int max) {
        return em.createQuery("""
                        select d.id from WebhookDelivery d
                        where d.nextAttemptAt <= :now and d.status = :pending
                          and (d.endpoint.enabled = true or d.manual = true)
                        order by d.nextAttemptAt, d.id""", Long.class)
                .setParameter("now", clock.instant())
                .setParameter("pending", DeliveryStatus.PENDING)
                .setMaxResults(max)
                .getResultList();
    }

    /** Claims a due delivery for this server: the job, or none if another server got it first. */
    public Optional<Job> claim(long id) {
        Instant now = clock.instant();
        int claimed = em.createQuery("""
                        update WebhookDelivery d set d.nextAttemptAt = :claimedUntil
                        where d.id = :id and d.status = :pending and d.nextAttemptAt <= :now""")
                .setParameter("claimedUntil", now.plus(settings.claimLength()))
                .setParameter("id", id)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        WebhookEndpoint endpoint = delivery.getEndpoint();
        return Optional.of(new Job(id, endpoint.getUrl(), endpoint.getSecret(), delivery.getMessageId(),
                delivery.getBody()));
    }

    /**
     * Keeps the try on the delivery log and settles what follows: delivered, tried again later, or given up; the
     * endpoint's failures in a row, which turn it off at {@code incidents.webhooks.disable-after}.
     */
    public void record(long id, OutgoingCall.Outcome outcome, Instant attemptedAt) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        if (delivery == null) {
            return;
        }
        em.persist(new WebhookAttempt(delivery, attemptedAt, outcome.durationMillis(), outcome.status(),
                outcome.error(), outcome.answer()));
        WebhookEndpoint endpoint = delivery.getEndpoint();
        Instant now = clock.instant();
        if (outcome.succeeded()) {
            delivery.delivered();
            endpoint.succeeded();
            return;
        }
        delivery.failed(settings.retrySchedule(), now);
        if (endpoint.failed(settings.disableAfter(), now)) {
            disabled.fire(new WebhookEndpointDisabled(endpoint.getId(), endpoint.getName(), endpoint.getUrl(),
                    endpoint.getConsecutiveFailures()));
        }
    }
}
