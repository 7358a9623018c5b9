package com.incidentreports.report;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.Person;
import com.incidentreports.identity.ReportVisibility;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.identity.UserDirectory;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InputValidation;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.LikePattern;
import com.incidentreports.platform.Text;
import com.incidentreports.servicelog.Service;
import com.incidentreports.servicelog.ServiceRef;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writing, publishing and reading incident reports. Drafts exist only for their authors and admins; everyone else
 * is told they do not exist. Only a report's authors and admins change it.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ReportService {

    private static final int GROUP_SUGGESTIONS = 8;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private VisibleReports reports;

    @Inject
    private Validator validator;

    @Inject
    private UserDirectory users;

    @Inject
    private PublishedReportCounts publishedCounts;

    @Inject
    private Event<ReportCreated> created;

    @Inject
    private Event<ReportChanged> changed;

    @Inject
    private Event<ReportPublished> published;

    @Inject
    private Event<ReportRestricted> restricted;

    /** The whole report, in one statement. */
    public ReportDetails get(long id) {
        return toDetails(reports.getWhole(id, true));
    }

    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public ReportDetails create(ReportDraft draft, boolean publish) {
        ReportContent content = validate(draft);
        Service service = serviceOf(draft, null);
        Instant now = clock.instant();
        User author = users.caller();
        Report report = new Report(service, author, now);
        report.revise(content, service, author, now);
        restrict(report, draft.restriction() == null ? ReportRestriction.NONE : draft.restriction());
        if (publish) {
            report.publish(now);
        }
        em.persist(report);
        em.flush();
        created.fire(new ReportCreated(report.getId()));
        if (report.isRestricted()) {
            restricted.fire(new ReportRestricted(report.getId(), true));
        }
        if (publish) {
            published.fire(new ReportPublished(report.getId()));
        }
        return toDetails(report);
    }

    /**
     * Saves an edit made to version {@code expectedVersion}. If someone saved in between, nothing is saved and
     * {@link ConflictException} says so. A published report stays published.
     */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public ReportDetails update(long id, long expectedVersion, ReportDraft draft, boolean publish) {
        Report report = reports.getWhole(id, false);
        if (!mayEdit(report)) {
            throw new ForbiddenException("Only the authors of this report and admins can change it.");
        }
        if (report.getVersion() != expectedVersion) {
            throw staleEdit();
        }
        ReportContent content = validate(draft);
        Service service = serviceOf(draft, report.getService());
        Instant now = clock.instant();
        boolean wasPublished = report.getStatus() == ReportStatus.PUBLISHED;
        boolean wasRestricted = report.isRestricted();
        Set<String> audienceBefore = audienceOf(report);
        report.revise(content, service, users.caller(), now);
        if (draft.restriction() != null) {
            restrict(report, draft.restriction());
        }
        if (publish) {
            report.publish(now);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw staleEdit();
        }
        changed.fire(new ReportChanged(id, wasPublished));
        if (report.isRestricted() != wasRestricted || !audienceOf(report).equals(audienceBefore)) {
            restricted.fire(new ReportRestricted(id, report.isRestricted()));
        }
        if (!wasPublished && report.getStatus() == ReportStatus.PUBLISHED) {
            published.fire(new ReportPublished(id));
        }
        return toDetails(report);
    }

    /**
     * A page of the reports the caller can see that match {@code filter}: published ones the caller is not kept from
     * by a restriction, and the caller's own drafts, each with how many follow-up actions it has and how many of them
     * are verified. One statement: the counts and the total come back with the rows. The total is the published
     * reports open to all, which are the same for everyone, plus the reports only some see that the caller sees: their
     * own drafts, counted from their authorships, and restricted reports, counted from an index of the few there are
     * (one condition covering both would visit every report). Counting the published reports open to all reads every
     * matching index entry (a hundred thousand on the home page), so that count is remembered for a while
     * ({@link PublishedReportCounts}) and left out of the statement while it is. A page past the end asks once more,
     * for the first row, to tell the total.
     */
    public ReportPage search(ReportFilter filter, ReportSort sort, boolean ascending, int first, int pageSize) {
        ReportVisibility visibility = caller.visibility();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("published", ReportStatus.PUBLISHED);
        parameters.put("caller", caller.name());
        OptionalLong knownPublished = publishedCounts.find(filter);
        String publishedCount = knownPublished.isPresent() ? ""
                : ", (select count(*) from Report p where p.status = :published and p.restricted = false"
                + conditions(filter, "p", parameters) + ")";
        String direction = ascending ? " asc" : " desc";
        String jpql = """
                select r.id, r.title, s.id, s.slug, s.name, r.severity, r.status, r.impact.startedAt,
                       r.impact.endedAt, r.usersAffected, r.updatedAt,
                       (select count(a) from FollowUpAction a where a.report = r
                           and a.status <> com.incidentreports.action.ActionStatus.WONT_DO),
                       (select count(a) from FollowUpAction a where a.report = r
                           and a.status = com.incidentreports.action.ActionStatus.VERIFIED),
                       (select count(*) from Report d join d.authors da
                        where da.username = :caller and d.status <> :published"""
                + conditions(filter, "d", parameters) + """
                ),
                       (select count(*) from Report x
                        where x.restricted = true and x.status = :published"""
                + visibility.andOpen("x") + conditions(filter, "x", parameters) + ")" + publishedCount + """

                from Report r join r.service s
                where (r.status = :published or exists (select 1 from r.authors a where a.username = :caller))"""
                + visibility.andOpen("r")
                + conditions(filter, "r", parameters)
                + " order by " + sort.expression() + direction + ", r.id" + direction;
        TypedQuery<Object[]> query = visibility.bind(em.createQuery(jpql, Object[].class)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(pageSize, 1)));
        parameters.forEach(query::setParameter);
        List<Object[]> found = query.getResultList();
        if (found.isEmpty() && first > 0) {
            // A page past the end carries no counts with it: the first row does.
            found = query.setFirstResult(0).setMaxResults(1).getResultList();
            return new ReportPage(List.of(), found.isEmpty() ? 0 : totalOf(found.get(0), knownPublished, filter));
        }
        List<ReportSummary> rows = new ArrayList<>();
        long total = 0;
        for (Object[] row : found) {
            rows.add(new ReportSummary((Long) row[0], (String) row[1], (Long) row[2], (String) row[3],
                    (String) row[4], (Severity) row[5], (ReportStatus) row[6], (Instant) row[7],
                    (Instant) row[8], (Long) row[9], (Instant) row[10], ((Number) row[11]).longValue(),
                    ((Number) row[12]).longValue()));
            total = totalOf(row, knownPublished, filter);
        }
        return new ReportPage(rows, total);
    }

    /** The total a row of {@link #search} carries: the caller's drafts, restricted and other published reports. */
    private long totalOf(Object[] row, OptionalLong knownPublished, ReportFilter filter) {
        long published;
        if (knownPublished.isPresent()) {
            published = knownPublished.getAsLong();
        } else {
            published = ((Number) row[15]).longValue();
            publishedCounts.remember(filter, published);
        }
        return ((Number) row[13]).longValue() + ((Number) row[14]).longValue() + published;
    }

    /** Group names people have been given, starting with {@code prefix}, to restrict a report to. */
    @RolesAllowed({Roles.AUTHOR, Roles.ADMIN})
    public List<String> suggestGroups(String prefix) {
        String start = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("""
                        select distinct g from User u join u.groups g
                        where lower(g) like :start escape '\\' order by g""", String.class)
                .setParameter("start", LikePattern.escape(start) + "%")
                .setMaxResults(GROUP_SUGGESTIONS)
                .getResultList();
    }

    /** The conditions of {@code filter} on the report {@code alias}, each starting with " and "; fills parameters. */
    private static String conditions(ReportFilter filter, String alias, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.serviceId() != null) {
            where.append(" and ").append(alias).append(".service.id = :serviceId");
            parameters.put("serviceId", filter.serviceId());
        }
        if (filter.severity() != null) {
            where.append(" and ").append(alias).append(".severity = :severity");
            parameters.put("severity", filter.severity());
        }
        if (filter.from() != null) {
            where.append(" and ").append(alias).append(".impact.startedAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and ").append(alias).append(".impact.startedAt < :to");
            parameters.put("to", filter.to());
        }
        List<String> words = LikePattern.containingEachWord(filter.titleWords());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and lower(").append(alias).append(".title) like :word").append(i).append(" escape '\\'");
            parameters.put("word" + i, words.get(i));
        }
        return where.toString();
    }

    /**
     * Restricts {@code report} as {@code restriction} says: to people who have signed in, named by username, and to
     * groups, by name. A name nobody has is refused with the field it was given in, so that nothing typed is lost.
     */
    private void restrict(Report report, ReportRestriction restriction) {
        if (!restriction.restricted()) {
            report.openToAll();
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> usernames = new LinkedHashSet<>();
        restriction.people().stream().map(name -> name.strip().replaceFirst("^@", ""))
                .filter(name -> !name.isEmpty()).forEach(usernames::add);
        Set<String> groups = new TreeSet<>();
        for (String group : restriction.groups()) {
            String name = group.strip();
            if (name.length() > User.GROUP_MAX) {
                errors.add(new FieldError("restriction.groups", "report.restriction.group.size",
                        "A group name can be at most " + User.GROUP_MAX + " characters."));
            } else if (!name.isEmpty()) {
                groups.add(name);
            }
        }
        if (usernames.size() > ReportRestriction.MAX_NAMES || groups.size() > ReportRestriction.MAX_NAMES) {
            errors.add(new FieldError("restriction", "report.restriction.size",
                    "Restrict a report to at most " + ReportRestriction.MAX_NAMES + " people and "
                            + ReportRestriction.MAX_NAMES + " groups; name a group instead of many people."));
        }
        List<User> people = usernames.isEmpty() ? List.of() : em.createQuery(
                        "select u from User u where u.username in :usernames", User.class)
                .setParameter("usernames", usernames)
                .getResultList();
        Set<String> found = new HashSet<>();
        people.forEach(person -> found.add(person.getUsername()));
        List<String> unknown = usernames.stream().filter(name -> !found.contains(name)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("restriction.people", "report.restriction.person.unknown",
                    "Nobody with the username " + String.join(", ", unknown)
                            + " has signed in; choose people from the list."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
        report.restrictTo(new LinkedHashSet<>(people), groups);
    }

    private boolean mayEdit(Report report) {
        return caller.isAdmin() || caller.isInRole(Roles.AUTHOR) && reports.isAuthor(report);
    }

    private ReportContent validate(ReportDraft draft) {
        if (draft == null) {
            throw new InvalidException(List.of(new FieldError("", "report.required", "A report is required.")));
        }
        List<FieldError> errors = new ArrayList<>(InputValidation.toFieldErrors(validator.validate(draft)));
        if (draft.startedAt() != null) {
            if (draft.endedAt() != null && draft.endedAt().isBefore(draft.startedAt())) {
                errors.add(new FieldError("endedAt", "report.endedAt.beforeStart",
                        "The end cannot be before the start."));
            }
            if (draft.detectedAt() != null && draft.detectedAt().isBefore(draft.startedAt())) {
                errors.add(new FieldError("detectedAt", "report.detectedAt.beforeStart",
                        "The incident cannot have been detected before it started."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
        return new ReportContent(draft.title().strip(), draft.severity(),
                new ImpactWindow(draft.startedAt(), draft.detectedAt(), draft.endedAt()),
                draft.usersAffected(), Text.blankToNull(draft.affectedUsers()), Text.blankToNull(draft.compensation()),
                Text.blankToNull(draft.incident()), Text.blankToNull(draft.cause()), Text.blankToNull(draft.whoWasAffected()),
                Text.blankToNull(draft.prevention()));
    }

    /** An archived service keeps its reports but takes no new ones, nor reports moved from another service. */
    private Service serviceOf(ReportDraft draft, Service current) {
        Service service = em.find(Service.class, draft.serviceId());
        if (service == null) {
            throw new InvalidException(List.of(new FieldError("serviceId", "report.service.unknown",
                    "There is no such service; choose one from the list.")));
        }
        if (service.isArchived() && !service.equals(current)) {
            throw new InvalidException(List.of(new FieldError("serviceId", "service.archived",
                    "This service is archived: its log takes no new reports. Choose a service in use.")));
        }
        return service;
    }

    private ReportDetails toDetails(Report report) {
        ImpactWindow impact = report.getImpact();
        return new ReportDetails(report.getId(), report.getVersion(), report.getTitle(),
                ServiceRef.of(report.getService()), report.getSeverity(), report.getStatus(),
                impact.startedAt(), impact.detectedAt().orElse(null), impact.endedAt().orElse(null),
                report.getUsersAffected(), report.getAffectedUsers(), report.getCompensation(),
                report.getIncident().source(), report.getCause().source(), report.getWhoWasAffected().source(),
                report.getPrevention().source(),
                report.getAuthors().stream().map(Person::of).toList(),
                report.getCreatedAt(), report.getUpdatedAt(), Person.of(report.getUpdatedBy()),
                report.getPublishedAt(), mayEdit(report), restrictionOf(report), report.getRenderedSections());
    }

    private static RestrictionView restrictionOf(Report report) {
        return report.isRestricted()
                ? new RestrictionView(true, report.getRestrictedToPeople().stream().map(Person::of).toList(),
                        List.copyOf(report.getRestrictedToGroups()))
                : RestrictionView.NONE;
    }

    /** The people and groups a report is restricted to, to tell whether a save changed them. */
    private static Set<String> audienceOf(Report report) {
        Set<String> audience = new TreeSet<>();
        report.getRestrictedToPeople().forEach(person -> audience.add("person " + person.getUsername()));
        report.getRestrictedToGroups().forEach(group -> audience.add("group " + group));
        return audience;
    }

    private static ConflictException staleEdit() {
        return new ConflictException("Someone else saved this report while you were editing it.");
    }
}
