package com.incidentreports.discussion;

import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.identity.UserDirectory;
import com.incidentreports.report.Report;
import com.incidentreports.report.VisibleReports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Watching reports: watchers hear of every new comment. A report's authors watch it, and commenters and mentioned
 * people start to ({@link AutomaticWatches}), unless they chose otherwise here.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class WatchService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private VisibleReports reports;

    /** Starts or stops watching a report. Returns whether the caller watches. */
    public boolean watch(long reportId, boolean watching) {
        Report report = reports.get(reportId);
        User me = users.caller();
        Watch watch = em.createQuery("select w from Watch w where w.report = :report and w.user = :person",
                        Watch.class)
                .setParameter("report", report).setParameter("person", me)
                .getResultStream().findFirst().orElse(null);
        if (watch == null) {
            em.persist(new Watch(report, me, watching));
        } else {
            watch.setWatching(watching);
        }
        em.flush();
        return watching;
    }
}
