package com.incidentreports.report;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.ReportVisibility;
import com.incidentreports.identity.User;
import com.incidentreports.platform.NotFoundException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.jpa.HibernateHints;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one answer to "may this caller see this report": every service that reads a report, or what hangs off one,
 * loads it here or puts the caller's {@link Caller#visibility()} into its own query. A report the caller may not see does not exist
 * for them: {@link NotFoundException}, never a refusal that would tell them it is there.
 */
@ApplicationScoped
public class VisibleReports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** Report {@code id} with its authors, if the caller may see it. */
    public Report get(long id) {
        ReportVisibility visibility = caller.visibility();
        return visibility.bind(em.createQuery("select distinct r from Report r left join fetch r.authors"
                        + " where r.id = :id" + visibility.andVisible("r"), Report.class))
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Report", id));
    }

    /**
     * Report {@code id} with everything its page shows, in one statement, if the caller may see it. Loaded
     * {@code readOnly} when it is only shown: Hibernate then keeps no copy of it to look for changes in when the
     * transaction ends.
     */
    public Report getWhole(long id, boolean readOnly) {
        ReportVisibility visibility = caller.visibility();
        return visibility.bind(em.createQuery("""
                        select distinct r from Report r
                        join fetch r.service
                        join fetch r.updatedBy
                        left join fetch r.authors
                        left join fetch r.restrictedToPeople
                        left join fetch r.restrictedToGroups
                        where r.id = :id""" + visibility.andVisible("r"), Report.class))
                .setParameter("id", id)
                .setHint(HibernateHints.HINT_READ_ONLY, readOnly)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Report", id));
    }

    /** Whether the caller wrote {@code report}. */
    public boolean isAuthor(Report report) {
        String username = caller.name();
        return report.getAuthors().stream().anyMatch(author -> author.getUsername().equals(username));
    }

    /**
     * Those of {@code people} for whom {@code report} exists, in their order: nobody hears of a report they cannot
     * open. A draft exists for its authors; a restricted report for its authors and the people and groups it is
     * restricted to. Admins see every report, but are told only of what they were given to see: being an admin is
     * not being part of a report's audience. No statement for a published report open to all.
     */
    public List<User> thoseWhoSee(Report report, Collection<User> people) {
        if (people.isEmpty() || report.getStatus() == ReportStatus.PUBLISHED && !report.isRestricted()) {
            return List.copyOf(people);
        }
        Set<Long> seeing = new HashSet<>(em.createQuery("select u.id from User u, Report r where r.id = :report"
                        + " and u.id in :people and " + ReportVisibility.visibleTo("r", "u.username"), Long.class)
                .setParameter("report", report.getId())
                .setParameter("people", people.stream().map(User::getId).toList())
                .getResultList());
        return people.stream().filter(person -> seeing.contains(person.getId())).toList();
    }
}
