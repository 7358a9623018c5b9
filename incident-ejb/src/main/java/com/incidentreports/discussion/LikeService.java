package com.incidentreports.discussion;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.identity.UserDirectory;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.report.Report;
import com.incidentreports.report.VisibleReports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Likes of reports and comments: whoever may see a report likes it or its comments; nobody likes their own post.
 * Liking twice changes nothing, also when the two arrive at once: a person's likes wait for each other.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class LikeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory users;

    @Inject
    private VisibleReports reports;

    @Inject
    private VisibleComments comments;

    @Inject
    private Event<PostLiked> liked;

    @Inject
    private Event<PostLikeWithdrawn> withdrawn;

    /** Likes ({@code like}) or takes back the like of a comment; doing it twice changes nothing. */
    public LikeSummary likeComment(long id, boolean like) {
        Comment comment = comments.get(id);
        if (like && comment.isWrittenBy(caller.name())) {
            throw invalid("like.own.comment", "You cannot like your own comment.");
        }
        if (like && !comment.isVisible()) {
            throw invalid("like.removed", "This comment was removed and cannot be liked.");
        }
        User me = users.callerLocked();
        List<PostLike> mine = em.createQuery("select l from PostLike l where l.comment = :comment and l.user = :me",
                        PostLike.class)
                .setParameter("comment", comment).setParameter("me", me).getResultList();
        toggle(like, mine, () -> PostLike.ofComment(me, comment, clock.instant()), comment.getReport(),
                comment.getId(), me, List.of(comment.getAuthor().getId()), comment.getBody().source());
        return Likes.ofComment(em, comment, caller.name());
    }

    /** Likes ({@code like}) or takes back the like of a report; its authors cannot. */
    public LikeSummary likeReport(long reportId, boolean like) {
        Report report = reports.get(reportId);
        if (like && reports.isAuthor(report)) {
            throw invalid("like.own.report", "You cannot like your own report.");
        }
        User me = users.callerLocked();
        List<PostLike> mine = em.createQuery("select l from PostLike l where l.report = :report and l.user = :me",
                        PostLike.class)
                .setParameter("report", report).setParameter("me", me).getResultList();
        toggle(like, mine, () -> PostLike.ofReport(me, report, clock.instant()), report, null, me,
                report.getAuthors().stream().map(User::getId).toList(), report.getTitle());
        return Likes.of(em, reportId, List.of(), caller.name()).ofReport();
    }

    private void toggle(boolean like, List<PostLike> mine, Supplier<PostLike> newLike,
                        Report report, Long commentId, User me, List<Long> owners, String likedText) {
        if (like && mine.isEmpty()) {
            em.persist(newLike.get());
            liked.fire(new PostLiked(report.getId(), commentId, me.getId(), owners, likedText));
        } else if (!like && !mine.isEmpty()) {
            mine.forEach(em::remove);
            withdrawn.fire(new PostLikeWithdrawn(report.getId(), commentId, me.getId()));
        }
        em.flush();
    }

    private static InvalidException invalid(String key, String message) {
        return new InvalidException(List.of(new FieldError("", key, message)));
    }
}
