package com.incidentreports.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Sends queued emails as soon as the transaction that queued them has committed, never from inside it: a rolled
 * back comment sends nothing, and the person who commented does not wait for the mail server.
 */
@ApplicationScoped
public class MailTrigger {

    @EJB
    private MailOutbox outbox;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        outbox.deliverSoon();
    }
}
