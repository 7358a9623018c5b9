package com.incidentreports.discussion;

import com.incidentreports.identity.User;
import com.incidentreports.report.Report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Makes commenters and mentioned people watch a report. In a transaction of its own: two comments at the same
 * moment that would make the same person a watcher (two people mentioning the same colleague) must both be saved;
 * whichever watch row comes second is the one that gives way, not the comment.
 */
@Stateless
@PermitAll
public class AutomaticWatches {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Person {@code userId} watches report {@code reportId} from now on, unless they chose before. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void watchUnlessChosen(long reportId, long userId) {
        boolean chosen = em.createQuery(
                        "select count(w) from Watch w where w.report.id = :report and w.user.id = :person", Long.class)
                .setParameter("report", reportId).setParameter("person", userId)
                .getSingleResult() > 0;
        if (chosen) {
            return;
        }
        try {
            em.persist(new Watch(em.getReference(Report.class, reportId), em.getReference(User.class, userId), true));
            em.flush();
        } catch (PersistenceException watchingAlready) {
            // A comment saved at the same moment made this person a watcher: that watch stands, this one goes.
            context.setRollbackOnly();
        }
    }
}
