package com.incidentreports.action;

import com.incidentreports.identity.Person;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.identity.UserDirectory;
import com.incidentreports.notification.NotificationKind;
import com.incidentreports.notification.Notifier;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InputValidation;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.report.Report;
import com.incidentreports.report.ReportVisibility;
import com.incidentreports.report.Severity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Follow-up actions of reports. Whoever may see a report may see its actions. A report's authors propose actions;
 * QA leads and admins create, assign, reassign and change them; only an action's owner or a QA lead moves its
 * status, as {@link ActionWorkflow} rules. Every change of status, owner and due date is kept.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ActionService {

    private static final int EXPORT_FETCH_SIZE = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Validator validator;

    @Inject
    private UserDirectory users;

    @Inject
    private Notifier notifier;

    @Inject
    private ActionSettings settings;

    /** The actions of report {@code reportId}, oldest first, in one statement; none if the caller cannot see it. */
    public List<ActionView> ofReport(long reportId) {
        List<Object[]> rows = visibleOnly(em.createQuery("""
                        select a, case when exists (select 1 from r.authors au where au.username = :caller)
                                       then true else false end
                        from FollowUpAction a join fetch a.report r left join fetch a.owner
                             left join fetch a.assignedBy join fetch a.createdBy
                        where r.id = :id""" + visibleReports() + " order by a.createdAt, a.id", Object[].class))
                .setParameter("id", reportId)
                .setParameter("caller", callerName())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return rows.stream().map(row -> view((FollowUpAction) row[0], (Boolean) row[1], List.of())).toList();
    }

    /** One action with its history. */
    public ActionView get(long id) {
        FollowUpAction action = loadVisible(id);
        return view(action, isReportAuthor(action.getReport()), historyOf(action));
    }

    /**
     * A new action on report {@code reportId}: proposed (no owner yet) when one of its authors writes it, open when a
     * QA lead or an admin gives it an owner. Without a due date it gets the default of the report's severity.
     */
    public ActionView create(long reportId, ActionDraft draft) {
        Report report = loadVisibleReport(reportId);
        boolean qaLead = isQaLead();
        if (!qaLead && !(context.isCallerInRole(Roles.AUTHOR) && isReportAuthor(report))) {
            throw new ForbiddenException("Only the authors of this report propose actions; QA leads and admins "
                    + "create them.");
        }
        Instant now = now();
        LocalDate today = today();
        validate(draft, null, today);
        User owner = ownerOf(draft, qaLead);
        requireSees(report, owner);
        User me = users.caller();
        FollowUpAction action = new FollowUpAction(report, me, now);
        action.describe(draft.title().strip(), blankToNull(draft.description()), draft.type(), draft.priority(), now);
        LocalDate due = draft.dueDate() != null ? draft.dueDate()
                : settings.dueDates().defaultFor(report.getSeverity(), today);
        action.dueOn(due, now);
        if (owner != null) {
            action.assign(owner, me, now);
        }
        em.persist(action);
        record(action, ActionField.STATUS, null, action.getStatus().name(), null, me, now);
        record(action, ActionField.DUE_DATE, null, Objects.toString(due, null), null, me, now);
        if (owner != null) {
            assigned(action, null, me, now);
        }
        em.flush();
        return view(action, isReportAuthor(report), historyOf(action));
    }

    /**
     * Changes what action {@code id} says, its due date and its owner, as seen at {@code expectedVersion}. QA leads
     * and admins change any action; the report's authors change their proposals until they are assigned. An absent
     * owner keeps the current one; only QA leads and admins assign. A new due date cannot be in the past.
     */
    public ActionView update(long id, long expectedVersion, ActionDraft draft) {
        FollowUpAction action = loadVisible(id);
        boolean qaLead = isQaLead();
        boolean author = isReportAuthor(action.getReport());
        if (!qaLead && !(author && action.getStatus() == ActionStatus.PROPOSED)) {
            throw new ForbiddenException("Only QA leads and admins change an action; the report's authors change "
                    + "their proposals until a QA lead assigns them.");
        }
        if (action.getVersion() != expectedVersion) {
            throw staleEdit();
        }
        LocalDate today = today();
        validate(draft, action.getDueDate(), today);
        User owner = ownerOf(draft, qaLead);
        if (owner != null && !owner.equals(action.getOwner())) {
            requireSees(action.getReport(), owner);
        }
        Instant now = now();
        User me = users.caller();
        action.describe(draft.title().strip(), blankToNull(draft.description()), draft.type(), draft.priority(), now);
        if (!Objects.equals(draft.dueDate(), action.getDueDate())) {
            record(action, ActionField.DUE_DATE, Objects.toString(action.getDueDate(), null),
                    Objects.toString(draft.dueDate(), null), null, me, now);
            action.dueOn(draft.dueDate(), now);
        }
        if (owner != null && !owner.equals(action.getOwner())) {
            User before = action.getOwner();
            ActionStatus statusBefore = action.getStatus();
            action.assign(owner, me, now);
            if (statusBefore != action.getStatus()) {
                record(action, ActionField.STATUS, statusBefore.name(), action.getStatus().name(), null, me, now);
            }
            assigned(action, before, me, now);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw staleEdit();
        }
        return view(action, author, historyOf(action));
    }

    /** Moves action {@code id} to another status, if {@link ActionWorkflow} lets the caller. */
    public ActionView transition(long id, ActionTransition transition) {
        if (transition == null || transition.to() == null) {
            throw new InvalidException(List.of(new FieldError("to", "action.transition.to.required",
                    "Say which status the action moves to (to).")));
        }
        FollowUpAction action = loadVisible(id);
        if (transition.expectedVersion() != null && transition.expectedVersion() != action.getVersion()) {
            throw staleEdit();
        }
        List<String> links = transition.evidence() == null ? List.of() : transition.evidence().stream()
                .filter(link -> link != null && !link.isBlank()).map(String::strip).toList();
        String note = blankToNull(transition.note());
        ActionWorkflow.check(action.getStatus(), transition.to(), rolesOf(action), action.getOwner() != null,
                transition.to() == ActionStatus.DONE ? transition.evidence() : links, note);
        Instant now = now();
        User me = users.caller();
        record(action, ActionField.STATUS, action.getStatus().name(), transition.to().name(), note, me, now);
        action.move(transition.to(), links, note == null ? null : note.strip(), now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw staleEdit();
        }
        return view(action, isReportAuthor(action.getReport()), historyOf(action));
    }

    /**
     * A page of the actions the caller can see that match {@code filter}. One statement: the total comes back with
     * the rows.
     */
    public ActionPage search(ActionFilter filter, ActionSort sort, boolean ascending, int first, int pageSize) {
        List<ActionRow> rows = new ArrayList<>();
        long total = 0;
        List<Object[]> found = listQuery(filter, sort, ascending, true)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(pageSize, 1))
                .getResultList();
        for (Object[] row : found) {
            rows.add(row(row));
            total = ((Number) row[row.length - 1]).longValue();
        }
        return new ActionPage(rows, total);
    }

    /** Hands every action that matches {@code filter} to {@code sink}, in order, read as a stream rather than a list. */
    public void export(ActionFilter filter, ActionSort sort, boolean ascending, Consumer<ActionRow> sink) {
        try (var stream = listQuery(filter, sort, ascending, false)
                .setHint("org.hibernate.fetchSize", EXPORT_FETCH_SIZE)
                .getResultStream()) {
            stream.map(ActionService::row).forEach(sink);
        }
    }

    /** How many actions the caller can see are open, overdue, done but not verified; opened and closed per week. */
    public Backlog backlog(ZoneId zone) {
        LocalDate today = today();
        Object[] counts = visibleOnly(em.createQuery("""
                        select sum(case when a.status in :open then 1 else 0 end),
                               sum(case when a.status in :open and a.dueDate < :today then 1 else 0 end),
                               sum(case when a.status = :done then 1 else 0 end)
                        from FollowUpAction a join a.report r
                        where 1 = 1""" + visibleReports(), Object[].class))
                .setParameter("open", ActionStatus.OPEN_STATUSES)
                .setParameter("today", today)
                .setParameter("done", ActionStatus.DONE)
                .getSingleResult();
        Instant since = WeeklyBacklog.firstMonday(LocalDate.now(zone), WeeklyBacklog.WEEKS)
                .atStartOfDay(zone).toInstant();
        List<Instant> opened = new ArrayList<>();
        List<Instant> closed = new ArrayList<>();
        visibleOnly(em.createQuery("""
                        select a.createdAt, a.closedAt from FollowUpAction a join a.report r
                        where (a.createdAt >= :since or a.closedAt >= :since)""" + visibleReports(), Object[].class))
                .setParameter("since", since)
                .getResultStream()
                .forEach(row -> {
                    opened.add((Instant) row[0]);
                    closed.add((Instant) row[1]);
                });
        return new Backlog(longOf(counts[0]), longOf(counts[1]), longOf(counts[2]),
                WeeklyBacklog.buckets(opened, closed, LocalDate.now(zone), zone, WeeklyBacklog.WEEKS));
    }

    /** The due date a new action on a report of {@code severity} gets unless one is given; null for none. */
    public LocalDate defaultDueDate(Severity severity) {
        return settings.dueDates().defaultFor(severity, today());
    }

    /** Whether the caller creates, assigns and verifies actions: QA leads and admins do. */
    public boolean isQaLead() {
        return context.isCallerInRole(Roles.QA_LEAD) || context.isCallerInRole(Roles.ADMIN);
    }

    private TypedQuery<Object[]> listQuery(ActionFilter filter, ActionSort sort, boolean ascending, boolean total) {
        StringBuilder where = new StringBuilder(" where 1 = 1").append(visibleReports());
        Map<String, Object> parameters = new HashMap<>();
        if (filter.serviceId() != null) {
            where.append(" and s.id = :serviceId");
            parameters.put("serviceId", filter.serviceId());
        }
        if (filter.owner() != null) {
            where.append(" and o.username = :owner");
            parameters.put("owner", filter.owner());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.type() != null) {
            where.append(" and a.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.openOnly()) {
            where.append(" and a.status in :open");
            parameters.put("open", ActionStatus.OPEN_STATUSES);
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue()
                    ? " and a.status in :open and a.dueDate < :today"
                    : " and (a.status not in :open or a.dueDate is null or a.dueDate >= :today)");
            parameters.put("open", ActionStatus.OPEN_STATUSES);
            parameters.put("today", today());
        }
        String direction = ascending ? " asc" : " desc";
        String jpql = """
                select a.id, a.title, a.type, a.priority, a.status, o.username, o.displayName, a.dueDate,
                       r.id, r.title, s.slug, s.name, a.createdAt, a.closedAt"""
                + (total ? ", count(*) over ()" : "")
                + " from FollowUpAction a join a.report r join r.service s left join a.owner o"
                + where + " order by " + sort.orderBy(direction) + ", a.id" + direction;
        TypedQuery<Object[]> query = visibleOnly(em.createQuery(jpql, Object[].class));
        parameters.forEach(query::setParameter);
        return query;
    }

    private static ActionRow row(Object[] row) {
        ActionStatus status = (ActionStatus) row[4];
        LocalDate due = (LocalDate) row[7];
        return new ActionRow((Long) row[0], (String) row[1], (ActionType) row[2], (ActionPriority) row[3], status,
                (String) row[5], (String) row[6], due, ActionDeadline.isOverdue(status, due, today()),
                (Long) row[8], (String) row[9], (String) row[10], (String) row[11], (Instant) row[12],
                (Instant) row[13]);
    }

    /**
     * Actions exist only for those who see their report, as the report does (drafts for their authors, restricted
     * reports for their audience; admins see all): the condition on the report {@code r} of a query, whose
     * parameter {@link #visibleOnly} sets.
     */
    private String visibleReports() {
        return visibility().andVisible("r");
    }

    private <T> TypedQuery<T> visibleOnly(TypedQuery<T> query) {
        return visibility().bind(query);
    }

    private ReportVisibility visibility() {
        return new ReportVisibility(callerName(), context.isCallerInRole(Roles.ADMIN));
    }

    private FollowUpAction loadVisible(long id) {
        return visibleOnly(em.createQuery("""
                        select a from FollowUpAction a join fetch a.report r left join fetch a.owner
                        left join fetch a.assignedBy join fetch a.createdBy
                        where a.id = :id""" + visibleReports(), FollowUpAction.class))
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Action", id));
    }

    private Report loadVisibleReport(long reportId) {
        return visibleOnly(em.createQuery("""
                        select distinct r from Report r left join fetch r.authors where r.id = :id"""
                        + visibleReports(), Report.class))
                .setParameter("id", reportId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Report", reportId));
    }

    private void validate(ActionDraft draft, LocalDate currentDue, LocalDate today) {
        if (draft == null) {
            throw new InvalidException(List.of(new FieldError("", "action.required", "An action is required.")));
        }
        List<FieldError> errors = new ArrayList<>(InputValidation.toFieldErrors(validator.validate(draft)));
        if (draft.dueDate() != null && draft.dueDate().isBefore(today) && !draft.dueDate().equals(currentDue)) {
            errors.add(new FieldError("dueDate", "action.dueDate.past", "The due date cannot be in the past."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
    }

    /** The person {@code draft} names as owner, or null; only QA leads and admins may name one. */
    private User ownerOf(ActionDraft draft, boolean qaLead) {
        if (draft.owner() == null || draft.owner().isBlank()) {
            return null;
        }
        if (!qaLead) {
            throw new ForbiddenException("Only QA leads and admins assign actions.");
        }
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", draft.owner().strip().replaceFirst("^@", ""))
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidException(List.of(new FieldError("owner", "action.owner.unknown",
                        "There is no one with this username who has signed in; choose someone from the list."))));
    }

    /**
     * An action of a restricted report goes only to someone the report is restricted to: anyone else could neither
     * open it nor be told of it.
     */
    private void requireSees(Report report, User owner) {
        if (owner != null && report.isRestricted() && notifier.thoseWhoSee(report, List.of(owner)).isEmpty()) {
            throw new InvalidException(List.of(new FieldError("owner", "action.owner.restricted",
                    owner.getUsername() + " cannot see this restricted report; restrict it to them as well, or "
                            + "choose someone it is restricted to.")));
        }
    }

    /** Records the new owner and tells them, unless they gave it to themselves. */
    private void assigned(FollowUpAction action, User before, User qaLead, Instant now) {
        record(action, ActionField.OWNER, before == null ? null : before.getUsername(),
                action.getOwner().getUsername(), null, qaLead, now);
        if (!action.getOwner().equals(qaLead)) {
            notifier.notify(Map.of(action.getOwner(), NotificationKind.ACTION_ASSIGNED), action.getReport(), null,
                    qaLead, ActionReminders.excerpt(action));
        }
    }

    private void record(FollowUpAction action, ActionField field, String from, String to, String note, User by,
                        Instant now) {
        em.persist(new ActionChange(action, field, from, to, note, by, now));
    }

    private List<ActionChangeView> historyOf(FollowUpAction action) {
        return em.createQuery("""
                        select c from ActionChange c join fetch c.changedBy
                        where c.action = :action order by c.changedAt, c.id""", ActionChange.class)
                .setParameter("action", action)
                .getResultStream()
                .map(c -> new ActionChangeView(c.getField(), c.getFrom(), c.getTo(), c.getNote(),
                        Person.of(c.getChangedBy()), c.getChangedAt()))
                .toList();
    }

    private Set<ActionWorkflow.Role> rolesOf(FollowUpAction action) {
        Set<ActionWorkflow.Role> roles = EnumSet.noneOf(ActionWorkflow.Role.class);
        if (action.isOwnedBy(callerName())) {
            roles.add(ActionWorkflow.Role.OWNER);
        }
        if (isQaLead()) {
            roles.add(ActionWorkflow.Role.QA_LEAD);
        }
        return roles;
    }

    private ActionView view(FollowUpAction action, boolean reportAuthor, List<ActionChangeView> history) {
        boolean editable = isQaLead() || reportAuthor && action.getStatus() == ActionStatus.PROPOSED;
        return new ActionView(action.getId(), action.getVersion(), action.getReport().getId(),
                action.getReport().getTitle(), action.getTitle(), action.getDescription().source(),
                action.getDescription().html(), action.getType(),
                action.getPriority(), action.getStatus(), personOf(action.getOwner()),
                personOf(action.getAssignedBy()), Person.of(action.getCreatedBy()), action.getDueDate(),
                ActionDeadline.isOverdue(action.getStatus(), action.getDueDate(), today()), action.getEvidence(),
                action.getStatusNote(), action.getCreatedAt(), action.getUpdatedAt(), action.getClosedAt(),
                ActionWorkflow.allowedMoves(action.getStatus(), rolesOf(action), action.getOwner() != null),
                editable, history);
    }

    private boolean isReportAuthor(Report report) {
        return report.getAuthors().stream().anyMatch(author -> author.getUsername().equals(callerName()));
    }

    private static Person personOf(User user) {
        return user == null ? null : Person.of(user);
    }

    private static ConflictException staleEdit() {
        return new ConflictException("Someone else changed this action while you were editing it.");
    }

    private String callerName() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Clock.systemUTC().instant();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static long longOf(Object number) {
        return number == null ? 0 : ((Number) number).longValue();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
