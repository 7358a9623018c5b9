package com.incidentreports.audit;

import com.incidentreports.identity.SecurityEvent;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Keeps every {@link SecurityEvent} in the audit log. It joins the transaction of whoever fired the event, so a
 * change that is rolled back leaves no entry behind; an event fired outside any transaction (a failed sign-in, a
 * denied request) is kept in a transaction of its own.
 */
@Stateless
@PermitAll
public class AuditRecorder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Instance<RequestOrigin> origin;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(@Observes SecurityEvent event) {
        em.persist(new AuditEntry(event, clock.instant(), clientAddress()));
    }

    private String clientAddress() {
        try {
            return origin.get().clientAddress();
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }
}
