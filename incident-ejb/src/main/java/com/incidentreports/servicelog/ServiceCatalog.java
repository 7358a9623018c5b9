package com.incidentreports.servicelog;

import com.incidentreports.identity.Roles;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InputValidation;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.report.ReportStatus;
import com.incidentreports.report.ReportVisibility;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.time.Clock;
import java.util.List;

/** The services whose incident logs hold reports. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ServiceCatalog {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Validator validator;

    /**
     * Every service, by name, with the number of published reports in its log that the caller sees (restricted
     * reports count only for those they are restricted to): one statement.
     */
    public List<ServiceSummary> all() {
        ReportVisibility visibility = visibility();
        return visibility.bind(em.createQuery("""
                select new com.incidentreports.servicelog.ServiceSummary(
                    s.id, s.slug, s.name, s.description,
                    (select count(*) from Report r where r.service = s and r.status = :published"""
                        + visibility.andOpen("r") + "))" + """

                from Service s order by lower(s.name)""", ServiceSummary.class))
                .setParameter("published", ReportStatus.PUBLISHED)
                .getResultList();
    }

    /**
     * Every service, by name, for choosing one (filters, the report form): without report counts, which would cost
     * a count over every report of every service on each page that offers the choice.
     */
    public List<ServiceRef> choices() {
        return em.createQuery(
                        "select new com.incidentreports.servicelog.ServiceRef(s.id, s.slug, s.name)"
                                + " from Service s order by lower(s.name)", ServiceRef.class)
                .getResultList();
    }

    public ServiceSummary getBySlug(String slug) {
        ReportVisibility visibility = visibility();
        return visibility.bind(em.createQuery("""
                select new com.incidentreports.servicelog.ServiceSummary(
                    s.id, s.slug, s.name, s.description,
                    (select count(*) from Report r where r.service = s and r.status = :published"""
                        + visibility.andOpen("r") + "))" + """

                from Service s where s.slug = :slug""", ServiceSummary.class))
                .setParameter("published", ReportStatus.PUBLISHED)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Service", slug));
    }

    private ReportVisibility visibility() {
        return new ReportVisibility(context.getCallerPrincipal().getName(), context.isCallerInRole(Roles.ADMIN));
    }

    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public ServiceSummary create(NewService input) {
        if (input == null) {
            throw new InvalidException(List.of(new FieldError("", "service.required", "A service is required.")));
        }
        List<FieldError> errors = InputValidation.toFieldErrors(validator.validate(input));
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
        Service service = new Service(input.name(), blankToNull(input.description()), Clock.systemUTC().instant());
        if (service.getSlug().isEmpty()) {
            throw new InvalidException(List.of(new FieldError("name", "service.name.letters",
                    "A service name needs at least one letter or digit.")));
        }
        Long clashes = em.createQuery(
                        "select count(s) from Service s where lower(s.name) = lower(:name) or s.slug = :slug", Long.class)
                .setParameter("name", service.getName())
                .setParameter("slug", service.getSlug())
                .getSingleResult();
        if (clashes > 0) {
            throw new InvalidException(List.of(new FieldError("name", "service.name.taken",
                    "A service with this name already exists.")));
        }
        em.persist(service);
        em.flush();
        return new ServiceSummary(service.getId(), service.getSlug(), service.getName(), service.getDescription(), 0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
