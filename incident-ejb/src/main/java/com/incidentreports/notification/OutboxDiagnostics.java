package com.incidentreports.notification;

import com.incidentreports.identity.Roles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * What the email outbox holds for an address, and a nudge that sends what waits for its next attempt now, for tests
 * of a mail server that went away and came back (the web side offers them only while diagnostics are switched on).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class OutboxDiagnostics {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private MailOutbox outbox;

    /** An email of the outbox: whether it went, how often it was tried, and why the last try failed. */
    public record OutboxMailState(String subject, int attempts, boolean sent, boolean waiting, String lastError)
            implements Serializable {
    }

    /** The emails to {@code recipient}, oldest first. */
    public List<OutboxMailState> to(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :recipient order by m.id",
                        OutboxMail.class)
                .setParameter("recipient", recipient)
                .getResultStream()
                .map(mail -> new OutboxMailState(mail.getSubject(), mail.getAttempts(), mail.getSentAt() != null,
                        mail.getNextAttemptAt() != null, mail.getLastError()))
                .toList();
    }

    /**
     * Makes every email waiting for a later attempt due now and asks the outbox to send; returns how many were
     * waiting. The outbox sends each as it always does, once.
     */
    public int retryNow() {
        int waiting = em.createQuery("""
                        update OutboxMail m set m.nextAttemptAt = :now
                        where m.nextAttemptAt > :now and m.sentAt is null""")
                .setParameter("now", clock.instant())
                .executeUpdate();
        outbox.deliverSoon();
        return waiting;
    }
}
