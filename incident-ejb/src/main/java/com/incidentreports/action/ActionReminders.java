package com.incidentreports.action;

import com.incidentreports.identity.User;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily reminders of follow-up actions: the owner of every open action due within two days or overdue hears of
 * it, whatever its report's status, at most once a day, in the app and by email; overdue by more than
 * {@code incidents.actions.escalate-after-days}, so does the QA lead who assigned it. Runs from the daily timer
 * ({@link ReminderSchedule}) and, for tests, the diagnostics; the day is a parameter so that tests can choose it.
 * <p>
 * Safe to run twice and on several servers at once: a run first claims its day by inserting the day's row (its
 * primary key lets one insert win, and a second server's insert waits for the first to commit and then fails), and
 * each action's reminder day is set by a conditional update, so no action is reminded twice on one day.
 */
@Stateless
@PermitAll
public class ActionReminders {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private Event<ActionFellDue> fellDue;

    @Inject
    private ActionSettings settings;

    public ReminderSummary remind(LocalDate today) {
        if (em.find(ReminderRun.class, today) != null) {
            // The usual second run of a day (a restart, a second server starting later): nothing to claim.
            return new ReminderSummary(today, false, 0, 0);
        }
        try {
            em.persist(new ReminderRun(today, clock.instant()));
            em.flush();
        } catch (PersistenceException alreadyClaimed) {
            // Another run claimed the day at the same moment: this one ends here, rolling back only its own failed
            // claim. (The database driver logs the refused insert; only a true race gets here.)
            context.setRollbackOnly();
            return new ReminderSummary(today, false, 0, 0);
        }
        List<FollowUpAction> due = em.createQuery("""
                        select a from FollowUpAction a join fetch a.report join fetch a.owner
                        left join fetch a.assignedBy
                        where a.status in :open and a.dueDate <= :soon
                        order by a.dueDate, a.id""", FollowUpAction.class)
                .setParameter("open", ActionStatus.OPEN_STATUSES)
                .setParameter("soon", today.plusDays(ActionDeadline.SOON_DAYS))
                .getResultList();
        int reminded = 0;
        int escalated = 0;
        for (FollowUpAction action : due) {
            if (!claimReminder(action, today)) {
                continue;
            }
            boolean overdue = ActionDeadline.of(action.getDueDate(), today) == ActionDeadline.OVERDUE;
            User qaLead = action.getAssignedBy();
            boolean escalate = ActionDeadline.daysOverdue(action.getDueDate(), today) > settings.escalateAfterDays()
                    && qaLead != null && !qaLead.equals(action.getOwner());
            fellDue.fire(new ActionFellDue(action.getId(), action.getReport().getId(), overdue,
                    escalate ? qaLead.getId() : null));
            if (escalate) {
                escalated++;
            }
            reminded++;
        }
        return new ReminderSummary(today, true, reminded, escalated);
    }

    /** Sets the action's reminder day to {@code today} unless it is already: true if this run may remind of it. */
    private boolean claimReminder(FollowUpAction action, LocalDate today) {
        return em.createQuery("""
                        update FollowUpAction a set a.lastRemindedOn = :today
                        where a.id = :id and (a.lastRemindedOn is null or a.lastRemindedOn <> :today)""")
                .setParameter("today", today)
                .setParameter("id", action.getId())
                .executeUpdate() == 1;
    }
}
