package com.incidentreports.notification;

import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.platform.Language;
import com.incidentreports.report.Report;
import com.incidentreports.report.VisibleReports;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells people what happened, in the transaction of what happened: a notification for each, and an email in the
 * outbox for those who want that kind by email and have an address. The emails go out after the commit. Called by
 * the observers of the features' events ({@link DiscussionNotifications}, {@link ActionNotifications}), never by a
 * feature's service.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class Notifier {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailQueued> mailQueued;

    @Inject
    private VisibleReports reports;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "incidents.base-url", defaultValue = "http://localhost:9080")
    private String baseUrl;

    /**
     * Notifies each of {@code recipients} of {@code kind} on a comment (or, without {@code commentId}, on the
     * report itself) that {@code actor} wrote or did. {@code excerpt} is what the email quotes. Open to callers
     * without a role: the daily reminders of follow-up actions run as no one.
     */
    @PermitAll
    public void notify(Map<User, NotificationKind> recipients, Report report, Long commentId, User actor,
                       String excerpt) {
        List<User> seeing = reports.thoseWhoSee(report, recipients.keySet());
        if (seeing.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, NotificationSettings> settings = settingsOf(seeing);
        boolean queued = false;
        for (User recipient : seeing) {
            NotificationKind kind = recipients.get(recipient);
            em.persist(new Notification(recipient, kind, report, commentId, actor, now));
            NotificationSettings chosen = settings.get(recipient.getId());
            boolean wanted = chosen == null ? NotificationSettings.wantsEmailByDefault(kind) : chosen.wantsEmail(kind);
            if (wanted && recipient.getEmail() != null && !recipient.getEmail().isBlank()) {
                // The recipient's language; without a choice English, as no browser of theirs is asking.
                MailText text = MailText.of(Language.localeOf(recipient.getLanguage(), Language.DEFAULT), kind,
                        actor.getDisplayName(), report.getTitle(), excerpt,
                        link(report.getId(), commentId), baseUrl + "/profile");
                em.persist(new OutboxMail(recipient.getEmail(), text.subject(), text.body(), now));
                queued = true;
            }
        }
        if (queued) {
            mailQueued.fire(new MailQueued());
        }
    }

    /** {@code actor} took back a like: the unread notification of it goes too. */
    public void likeWithdrawn(Report report, Long commentId, User actor) {
        Query withdrawn = em.createQuery("""
                        delete from Notification n
                        where n.kind = :like and n.report = :report and n.actor = :actor and n.readAt is null
                          and n.commentId""" + (commentId == null ? " is null" : " = :commentId"))
                .setParameter("like", NotificationKind.LIKE)
                .setParameter("report", report)
                .setParameter("actor", actor);
        if (commentId != null) {
            withdrawn.setParameter("commentId", commentId);
        }
        withdrawn.executeUpdate();
    }

    private String link(long reportId, Long commentId) {
        return baseUrl + NotificationItem.pathOf(reportId, commentId);
    }

    private Map<Long, NotificationSettings> settingsOf(Collection<User> people) {
        return em.createQuery("select s from NotificationSettings s where s.user in :people",
                        NotificationSettings.class)
                .setParameter("people", people)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.getUser().getId(), Function.identity()));
    }
}
