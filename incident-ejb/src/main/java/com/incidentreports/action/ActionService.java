package com.incidentreports.action;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.Person;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.identity.UserDirectory;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InputValidation;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.Text;
import com.incidentreports.report.Report;
import com.incidentreports.report.Severity;
import com.incidentreports.report.VisibleReports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Follow-up actions of reports. Whoever may see a report may see its actions. A report's authors propose actions;
 * QA leads and admins create, assign, reassign and change them; only an action's owner or a QA lead moves its
 * status, as {@link ActionWorkflow} rules. Every change of status, owner and due date is kept.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class ActionService {

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
    private Event<ActionProposed> proposed;

    @Inject
    private Event<ActionAssigned> assigned;

    @Inject
    private Event<ActionMoved> moved;

    @Inject
    private Event<ActionDueDateChanged> dueDateChanged;

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
                .setParameter("caller", caller.name())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return rows.stream().map(row -> view((FollowUpAction) row[0], (Boolean) row[1], List.of())).toList();
    }

    /** One action with its history. */
    public ActionView get(long id) {
        FollowUpAction action = loadVisible(id);
        return view(action, reports.isAuthor(action.getReport()), historyOf(action));
    }

    /**
     * A new action on report {@code reportId}: proposed (no owner yet) when one of its authors writes it, open when a
     * QA lead or an admin gives it an owner. Without a due date it gets the default of the report's severity.
     */
    public ActionView create(long reportId, ActionDraft draft) {
        Report report = reports.get(reportId);
        boolean qaLead = isQaLead();
        if (!qaLead && !(caller.isInRole(Roles.AUTHOR) && reports.isAuthor(report))) {
            throw new ForbiddenException("Only the authors of this report propose actions; QA leads and admins "
                    + "create them.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        validate(draft, null, today);
        User owner = ownerOf(draft, qaLead);
        requireSees(report, owner);
        User me = users.caller();
        FollowUpAction action = new FollowUpAction(report, me, now);
        action.describe(draft.title().strip(), Text.blankToNull(draft.description()), draft.type(), draft.priority(),
                now);
        LocalDate due = draft.dueDate() != null ? draft.dueDate()
                : settings.dueDates().defaultFor(report.getSeverity(), today);
        action.dueOn(due, now);
        if (owner != null) {
            action.assign(owner, me, now);
        }
        em.persist(action);
        em.flush();
        proposed.fire(new ActionProposed(action.getId(), reportId));
        record(action, ActionField.STATUS, null, action.getStatus().name(), null, me, now);
        record(action, ActionField.DUE_DATE, null, Objects.toString(due, null), null, me, now);
        if (owner != null) {
            recordAssignment(action, null, me, now);
        }
        em.flush();
        return view(action, reports.isAuthor(report), historyOf(action));
    }

    /**
     * Changes what action {@code id} says, its due date and its owner, as seen at {@code expectedVersion}. QA leads
     * and admins change any action; the report's authors change their proposals until they are assigned. An absent
     * owner keeps the current one; only QA leads and admins assign. A new due date cannot be in the past.
     */
    public ActionView update(long id, long expectedVersion, ActionDraft draft) {
        FollowUpAction action = loadVisible(id);
        boolean qaLead = isQaLead();
        boolean author = reports.isAuthor(action.getReport());
        if (!qaLead && !(author && action.getStatus() == ActionStatus.PROPOSED)) {
            throw new ForbiddenException("Only QA leads and admins change an action; the report's authors change "
                    + "their proposals until a QA lead assigns them.");
        }
        if (action.getVersion() != expectedVersion) {
            throw staleEdit();
        }
        LocalDate today = LocalDate.now(clock);
        validate(draft, action.getDueDate(), today);
        User owner = ownerOf(draft, qaLead);
        if (owner != null && !owner.equals(action.getOwner())) {
            requireSees(action.getReport(), owner);
        }
        Instant now = clock.instant();
        User me = users.caller();
        action.describe(draft.title().strip(), Text.blankToNull(draft.description()), draft.type(), draft.priority(),
                now);
        if (!Objects.equals(draft.dueDate(), action.getDueDate())) {
            LocalDate dueBefore = action.getDueDate();
            record(action, ActionField.DUE_DATE, Objects.toString(dueBefore, null),
                    Objects.toString(draft.dueDate(), null), null, me, now);
            action.dueOn(draft.dueDate(), now);
            dueDateChanged.fire(new ActionDueDateChanged(id, action.getReport().getId(), dueBefore,
                    draft.dueDate()));
        }
        if (owner != null && !owner.equals(action.getOwner())) {
            User before = action.getOwner();
            ActionStatus statusBefore = action.getStatus();
            action.assign(owner, me, now);
            if (statusBefore != action.getStatus()) {
                record(action, ActionField.STATUS, statusBefore.name(), action.getStatus().name(), null, me, now);
                moved.fire(new ActionMoved(id, action.getReport().getId(), statusBefore, action.getStatus()));
            }
            recordAssignment(action, before, me, now);
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
        String note = Text.blankToNull(transition.note());
        ActionWorkflow.check(action.getStatus(), transition.to(), rolesOf(action), action.getOwner() != null,
                transition.to() == ActionStatus.DONE ? transition.evidence() : links, note);
        Instant now = clock.instant();
        User me = users.caller();
        ActionStatus from = action.getStatus();
        record(action, ActionField.STATUS, from.name(), transition.to().name(), note, me, now);
        action.move(transition.to(), links, note == null ? null : note.strip(), now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw staleEdit();
        }
        moved.fire(new ActionMoved(id, action.getReport().getId(), from, transition.to()));
        return view(action, reports.isAuthor(action.getReport()), historyOf(action));
    }

    /** The due date a new action on a report of {@code severity} gets unless one is given; null for none. */
    public LocalDate defaultDueDate(Severity severity) {
        return settings.dueDates().defaultFor(severity, LocalDate.now(clock));
    }

    /** Whether the caller creates, assigns and verifies actions: QA leads and admins do. */
    public boolean isQaLead() {
        return caller.isQaLead();
    }

    /**
     * Actions exist only for those who see their report, as the report does (drafts for their authors, restricted
     * reports for their audience; admins see all): the condition on the report {@code r} of a query, whose
     * parameter {@link #visibleOnly} sets.
     */
    private String visibleReports() {
        return caller.visibility().andVisible("r");
    }

    private <T> TypedQuery<T> visibleOnly(TypedQuery<T> query) {
        return caller.visibility().bind(query);
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
        if (owner != null && report.isRestricted() && reports.thoseWhoSee(report, List.of(owner)).isEmpty()) {
            throw new InvalidException(List.of(new FieldError("owner", "action.owner.restricted",
                    owner.getUsername() + " cannot see this restricted report; restrict it to them as well, or "
                            + "choose someone it is restricted to.")));
        }
    }

    /** Records the new owner, who is told of it ({@link ActionAssigned}). */
    private void recordAssignment(FollowUpAction action, User before, User qaLead, Instant now) {
        record(action, ActionField.OWNER, before == null ? null : before.getUsername(),
                action.getOwner().getUsername(), null, qaLead, now);
        assigned.fire(new ActionAssigned(action.getId(), action.getReport().getId(), action.getOwner().getId(),
                qaLead.getId()));
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
        if (action.isOwnedBy(caller.name())) {
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
                ActionDeadline.isOverdue(action.getStatus(), action.getDueDate(), LocalDate.now(clock)), action.getEvidence(),
                action.getStatusNote(), action.getCreatedAt(), action.getUpdatedAt(), action.getClosedAt(),
                ActionWorkflow.allowedMoves(action.getStatus(), rolesOf(action), action.getOwner() != null),
                editable, history);
    }

    private static Person personOf(User user) {
        return user == null ? null : Person.of(user);
    }

    private static ConflictException staleEdit() {
        return new ConflictException("Someone else changed this action while you were editing it.");
    }
}
