package com.incidentreports.notification;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.identity.UserDirectory;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InputValidation;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.identity.ReportVisibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A person's own notifications: reading them, marking them read, and choosing which also come by email. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class NotificationService {

    /** How many of the newest notifications are read to make the list. */
    public static final int RECENT = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @Inject
    private UserDirectory users;

    @Inject
    private Validator validator;

    /**
     * The caller's recent notifications, newest first, likes of one post told together; in one statement. Those of
     * reports the caller can no longer see (restricted since, or back to a draft) are left out; notices, of no
     * report, always reach their recipient.
     */
    public NotificationList recent() {
        ReportVisibility visibility = caller.visibility();
        List<NotificationGroups.Row> rows = visibility.bind(em.createQuery("""
                        select n.id, n.kind, r.id, r.title, n.commentId, a.displayName, n.createdAt, n.readAt
                        from Notification n left join n.report r left join n.actor a
                        where n.recipient.username = :caller"""
                        + (visibility.admin() ? "" : " and (n.report is null or "
                                + ReportVisibility.visibleTo("r", ":" + ReportVisibility.VIEWER) + ")")
                        + " order by n.createdAt desc, n.id desc", Object[].class))
                .setParameter("caller", caller.name())
                .setMaxResults(RECENT)
                .getResultStream()
                .map(row -> new NotificationGroups.Row((Long) row[0], (NotificationKind) row[1], (Long) row[2],
                        (String) row[3], (Long) row[4], (String) row[5], (Instant) row[6], row[7] == null))
                .toList();
        List<NotificationItem> items = NotificationGroups.group(rows);
        return new NotificationList((int) items.stream().filter(NotificationItem::unread).count(), items);
    }

    /** Marks those of {@code ids} that are the caller's as read; others' notifications are left alone. */
    public void markRead(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        em.createQuery("""
                        update Notification n set n.readAt = :now
                        where n.id in :ids and n.readAt is null
                          and n.recipient.id = (select u.id from User u where u.username = :caller)""")
                .setParameter("now", clock.instant())
                .setParameter("ids", ids)
                .setParameter("caller", caller.name())
                .executeUpdate();
    }

    public void markAllRead() {
        em.createQuery("""
                        update Notification n set n.readAt = :now
                        where n.readAt is null
                          and n.recipient.id = (select u.id from User u where u.username = :caller)""")
                .setParameter("now", clock.instant())
                .setParameter("caller", caller.name())
                .executeUpdate();
    }

    /** The caller's email address and which notifications they get by email. */
    public NotificationPreferences preferences() {
        User caller = users.caller();
        NotificationSettings settings = settingsOf(caller);
        return settings == null
                ? new NotificationPreferences(caller.getEmail(), NotificationSettings.DEFAULT_EMAIL_MENTIONS,
                        NotificationSettings.DEFAULT_EMAIL_REPLIES, NotificationSettings.DEFAULT_EMAIL_COMMENTS)
                : new NotificationPreferences(caller.getEmail(), settings.isEmailMentions(),
                        settings.isEmailReplies(), settings.isEmailComments());
    }

    public NotificationPreferences savePreferences(NotificationPreferences preferences) {
        if (preferences == null) {
            throw new InvalidException(List.of(new FieldError("",
                    "notification.preferences.required", "Send your notification settings.")));
        }
        List<FieldError> errors =
                InputValidation.toFieldErrors(validator.validate(preferences));
        if (!errors.isEmpty()) {
            throw new InvalidException(errors);
        }
        User caller = users.caller();
        caller.setEmail(preferences.email() == null || preferences.email().isBlank()
                ? null : preferences.email().strip());
        NotificationSettings settings = settingsOf(caller);
        if (settings == null) {
            settings = new NotificationSettings(caller);
            em.persist(settings);
        }
        settings.choose(preferences.emailMentions(), preferences.emailReplies(), preferences.emailComments());
        em.flush();
        return preferences();
    }

    private NotificationSettings settingsOf(User user) {
        return em.createQuery("select s from NotificationSettings s where s.user = :user", NotificationSettings.class)
                .setParameter("user", user)
                .getResultStream().findFirst().orElse(null);
    }
}
