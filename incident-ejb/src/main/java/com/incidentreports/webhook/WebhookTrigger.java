package com.incidentreports.webhook;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Sends written deliveries as soon as the transaction that wrote them has committed, never from inside it. */
@ApplicationScoped
public class WebhookTrigger {

    @EJB
    private WebhookDispatcher dispatcher;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
        dispatcher.sendSoon();
    }
}
