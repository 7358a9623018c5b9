package com.incidentreports.notification;

import com.incidentreports.discussion.Comment;
import com.incidentreports.discussion.CommentEdited;
import com.incidentreports.discussion.CommentPosted;
import com.incidentreports.discussion.PostLikeWithdrawn;
import com.incidentreports.discussion.PostLiked;
import com.incidentreports.identity.User;
import com.incidentreports.markdown.Quotes;
import com.incidentreports.report.Report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hears of what happens in a discussion: observes its events in the transaction that fired them, so that a
 * comment that is not saved tells nobody. Mentioned people, the author of the comment replied to and the report's
 * watchers hear of a new comment, each once ({@link NotificationPlan}); people newly mentioned in an edit hear of
 * it; authors hear of likes of their posts, and an unread like that is taken back goes.
 */
@ApplicationScoped
public class DiscussionNotifications {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Notifier notifier;

    void posted(@Observes CommentPosted posted) {
        Comment comment = em.find(Comment.class, posted.commentId());
        Report report = comment.getReport();
        User parentAuthor = comment.getParent() == null ? null : comment.getParent().getAuthor();
        List<User> watchers = em.createQuery("""
                        select u from User u
                        where exists (select 1 from Watch w where w.report = :report and w.user = u and w.watching = true)
                           or u in (select a from Report r join r.authors a where r = :report)
                              and not exists (select 1 from Watch w
                                              where w.report = :report and w.user = u and w.watching = false)""",
                        User.class)
                .setParameter("report", report)
                .getResultList();
        Map<Long, User> people = new LinkedHashMap<>();
        posted.mentioned().forEach(id -> people.put(id, em.find(User.class, id)));
        watchers.forEach(person -> people.put(person.getId(), person));
        if (parentAuthor != null) {
            people.put(parentAuthor.getId(), parentAuthor);
        }
        Map<Long, NotificationKind> plan = NotificationPlan.forComment(comment.getAuthor().getId(),
                posted.mentioned(), parentAuthor == null ? null : parentAuthor.getId(),
                watchers.stream().map(User::getId).toList());
        Map<User, NotificationKind> recipients = new LinkedHashMap<>();
        plan.forEach((id, kind) -> recipients.put(people.get(id), kind));
        notifier.notify(recipients, report, comment.getId(), comment.getAuthor(),
                excerptOf(comment.getBody().source()));
    }

    void edited(@Observes CommentEdited edited) {
        Comment comment = em.find(Comment.class, edited.commentId());
        notifier.notify(everyoneBut(comment.getAuthor(), edited.newlyMentioned(), NotificationKind.MENTION),
                comment.getReport(), comment.getId(), comment.getAuthor(), excerptOf(comment.getBody().source()));
    }

    void liked(@Observes PostLiked liked) {
        User liker = em.find(User.class, liked.likerId());
        notifier.notify(everyoneBut(liker, liked.owners(), NotificationKind.LIKE),
                em.find(Report.class, liked.reportId()), liked.commentId(), liker, excerptOf(liked.likedText()));
    }

    void likeWithdrawn(@Observes PostLikeWithdrawn withdrawn) {
        notifier.likeWithdrawn(em.find(Report.class, withdrawn.reportId()), withdrawn.commentId(),
                em.find(User.class, withdrawn.likerId()));
    }

    /** Each of {@code people} but {@code actor}, as {@code kind}; the notifier leaves out those who cannot see. */
    private Map<User, NotificationKind> everyoneBut(User actor, Collection<Long> people, NotificationKind kind) {
        Map<User, NotificationKind> recipients = new LinkedHashMap<>();
        people.stream().filter(id -> !id.equals(actor.getId()))
                .forEach(id -> recipients.put(em.find(User.class, id), kind));
        return recipients;
    }

    private static String excerptOf(String markdown) {
        return Quotes.excerpt(markdown, Quotes.EXCERPT_MAX);
    }
}
