package com.incidentreports.export;

import com.incidentreports.action.FollowUpAction;
import com.incidentreports.identity.Roles;
import com.incidentreports.report.Report;
import com.incidentreports.report.ReportFilter;
import com.incidentreports.report.ReportPage;
import com.incidentreports.report.ReportService;
import com.incidentreports.report.ReportSort;
import com.incidentreports.report.ReportSummary;
import com.incidentreports.report.VisibleReports;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceDetails;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the exports read: a whole report with its follow-up actions, and a service's incident log. Exactly as
 * visible as the report page and the log: a report the caller may not see is not found ({@link VisibleReports}).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ReportExports {

    /** Rows read at a time for a service log's export. */
    static final int LOG_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VisibleReports reports;

    @EJB
    private ReportService reportService;

    @EJB
    private ServiceCatalog services;

    /** Report {@code id} with its actions, oldest first: two statements. */
    public ReportDocument document(long id) {
        Report report = reports.getWhole(id, true);
        List<FollowUpAction> actions = em.createQuery("""
                        select a from FollowUpAction a left join fetch a.owner
                        where a.report.id = :id order by a.createdAt, a.id""", FollowUpAction.class)
                .setParameter("id", id)
                .getResultList();
        return ReportDocument.of(report, actions);
    }

    /**
     * The service {@code slug} names (not found if none does), and every report of its log the caller may see,
     * newest incident first, handed to {@code sink} a page at a time.
     */
    public ServiceDetails serviceLog(String slug, Consumer<ReportSummary> sink) {
        ServiceDetails service = services.getBySlug(slug);
        ReportFilter filter = ReportFilter.ofService(service.id());
        int first = 0;
        while (true) {
            ReportPage page = reportService.search(filter, ReportSort.STARTED_AT, false, first, LOG_PAGE);
            page.rows().forEach(sink);
            first += page.rows().size();
            if (page.rows().size() < LOG_PAGE || first >= page.total()) {
                return service;
            }
        }
    }
}
