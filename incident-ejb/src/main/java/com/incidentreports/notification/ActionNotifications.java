package com.incidentreports.notification;

import com.incidentreports.action.ActionAssigned;
import com.incidentreports.action.ActionFellDue;
import com.incidentreports.action.FollowUpAction;
import com.incidentreports.identity.User;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who hears of what happens to follow-up actions, in the transaction that fired the event: a new owner (unless they
 * took the action themselves); the owner of an action due soon or overdue, and the QA lead who assigned it when it
 * is long overdue.
 */
@ApplicationScoped
public class ActionNotifications {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Notifier notifier;

    void assigned(@Observes ActionAssigned assigned) {
        if (assigned.ownerId() == assigned.assignedById()) {
            return;
        }
        FollowUpAction action = em.find(FollowUpAction.class, assigned.actionId());
        notifier.notify(Map.of(action.getOwner(), NotificationKind.ACTION_ASSIGNED), action.getReport(), null,
                em.find(User.class, assigned.assignedById()), excerptOf(action));
    }

    void fellDue(@Observes ActionFellDue due) {
        FollowUpAction action = em.find(FollowUpAction.class, due.actionId());
        Map<User, NotificationKind> recipients = new LinkedHashMap<>();
        recipients.put(action.getOwner(),
                due.overdue() ? NotificationKind.ACTION_OVERDUE : NotificationKind.ACTION_DUE_SOON);
        if (due.escalateTo() != null) {
            recipients.put(em.find(User.class, due.escalateTo()), NotificationKind.ACTION_ESCALATED);
        }
        notifier.notify(recipients, action.getReport(), null, action.getOwner(), excerptOf(action));
    }

    /** What the notification email quotes: the action's title and due date. */
    static String excerptOf(FollowUpAction action) {
        return action.getTitle() + (action.getDueDate() == null ? "" : " (" + action.getDueDate() + ")");
    }
}
