package com.incidentreports.feed;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.ReportVisibility;
import com.incidentreports.identity.Roles;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceDetails;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest published reports a caller may see, as the Atom feeds list them: across all services, or of one
 * service's log. A restricted report is in the feed only of those it is open to ({@link ReportVisibility}); drafts
 * are in no feed. Two statements: the entries, then their authors.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ReportFeed {

    /** Entries in a feed: the newest, by when they were published. */
    public static final int SIZE = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @EJB
    private ServiceCatalog services;

    /** The newest published reports of every service the caller may see. */
    public List<FeedEntry> all() {
        return entries(null);
    }

    /** The service {@code slug} names (not found if none does) and the newest published reports of its log. */
    public ServiceFeed ofService(String slug) {
        ServiceDetails service = services.getBySlug(slug);
        return new ServiceFeed(service.slug(), service.name(), entries(service.id()));
    }

    /** A service's feed: the service, and its entries. */
    public record ServiceFeed(String slug, String name, List<FeedEntry> entries) {
    }

    private List<FeedEntry> entries(Long serviceId) {
        ReportVisibility visibility = caller.visibility();
        TypedQuery<Object[]> query = visibility.bind(em.createQuery("""
                        select r.id, r.title, s.name, s.slug, r.publishedAt, r.updatedAt, r.incident.html
                        from Report r join r.service s
                        where r.status = com.incidentreports.report.ReportStatus.PUBLISHED"""
                        + (serviceId == null ? "" : " and s.id = :service") + visibility.andOpen("r")
                        + " order by r.publishedAt desc, r.id desc", Object[].class))
                .setMaxResults(SIZE);
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> authors = new HashMap<>();
        em.createQuery("select r.id, a.displayName from Report r join r.authors a where r.id in :ids"
                        + " order by a.displayName", Object[].class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
                .getResultList()
                .forEach(row -> authors.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return rows.stream().map(row -> new FeedEntry((Long) row[0], (String) row[1], (String) row[2],
                (String) row[3], (Instant) row[4], (Instant) row[5], (String) row[6],
                List.copyOf(authors.getOrDefault((Long) row[0], List.of())))).toList();
    }
}
