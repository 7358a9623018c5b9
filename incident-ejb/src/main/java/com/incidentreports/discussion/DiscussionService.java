package com.incidentreports.discussion;

import com.incidentreports.identity.Caller;
import com.incidentreports.identity.Person;
import com.incidentreports.identity.ReportVisibility;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.identity.IdempotencyKey;
import com.incidentreports.identity.IdempotentRequests;
import com.incidentreports.identity.KeptAnswer;
import com.incidentreports.identity.UserDirectory;
import com.incidentreports.markdown.Mentions;
import com.incidentreports.markdown.Quotes;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.report.Report;
import com.incidentreports.report.VisibleReports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.hibernate.jpa.HibernateHints;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The discussion under reports: comments and replies, their earlier versions, deleting and hiding. Whoever may see a
 * report may discuss it; only its author edits or deletes a comment; admins hide any comment, with a reason that is
 * kept. What follows from a comment (notifications, emails, the audit) observes the events fired here. Likes and
 * watching have services of their own ({@link LikeService}, {@link WatchService}).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class DiscussionService {

    /** Top-level comments on a page, unless asked otherwise; each comes with all its replies. */
    public static final int PAGE_SIZE = 50;
    public static final int PAGE_MAX = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory users;

    @Inject
    private IdempotentRequests idempotentRequests;

    @Inject
    private VisibleReports reports;

    @Inject
    private VisibleComments comments;

    @EJB
    private AutomaticWatches automaticWatches;

    @Inject
    private Event<CommentPosted> posted;

    @Inject
    private Event<CommentEdited> edited;

    @Inject
    private Event<CommentRemoved> removed;

    @Inject
    private Event<CommentHidden> hidden;

    /**
     * A page of the discussion of report {@code reportId}: top-level comments {@code first} to {@code first + size},
     * oldest first, each with all its replies. Four statements however long the thread.
     */
    public Discussion discussion(long reportId, int first, int size) {
        int from = Math.max(first, 0);
        int pageSize = Math.min(Math.max(size, 1), PAGE_MAX);
        ReportVisibility visibility = caller.visibility();
        Object[] report = visibility.bind(em.createQuery("""
                        select r.status,
                               case when exists (select 1 from r.authors a where a.username = :caller)
                                    then true else false end,
                               (select w.watching from Watch w where w.report = r and w.user.username = :caller),
                               (select count(c) from Comment c where c.report = r and c.parent is null)
                        from Report r where r.id = :id""" + visibility.andVisible("r"), Object[].class))
                .setParameter("id", reportId)
                .setParameter("caller", caller.name())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Report", reportId));
        boolean author = (Boolean) report[1];
        boolean watching = report[2] == null ? author : (Boolean) report[2];
        long total = ((Number) report[3]).longValue();

        List<Comment> topLevel = em.createQuery("""
                        select c from Comment c join fetch c.author
                        where c.report.id = :id and c.parent is null
                        order by c.createdAt, c.id""", Comment.class)
                .setParameter("id", reportId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setFirstResult(from)
                .setMaxResults(pageSize)
                .getResultList();
        List<Comment> replies = topLevel.isEmpty() ? List.of() : em.createQuery("""
                        select c from Comment c join fetch c.author
                        where c.threadId in :threads
                        order by c.createdAt, c.id""", Comment.class)
                .setParameter("threads", idsOf(topLevel))
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();

        List<Comment> all = new ArrayList<>(topLevel);
        all.addAll(replies);
        Likes likes = Likes.of(em, reportId, idsOf(all), caller.name());
        Map<Long, Comment> byId = all.stream().collect(Collectors.toMap(Comment::getId, Function.identity()));
        List<CommentNode> threads = CommentTree.build(
                topLevel.stream().map(c -> view(c, likes.ofComment(c.getId()), null)).toList(),
                replies.stream().map(c -> view(c, likes.ofComment(c.getId()), inReplyTo(c, byId))).toList());
        return new Discussion(reportId, total, from, pageSize, likes.ofReport(), !author, watching, threads);
    }

    /** One comment, if the caller may see its report. */
    public CommentView comment(long id) {
        Comment comment = comments.get(id);
        return view(comment, likesOf(comment));
    }

    /** Comments on report {@code reportId}, or replies to its comment {@code parentId}. */
    public CommentView post(long reportId, Long parentId, String body) {
        String text = validBody(body);
        Report report = reports.get(reportId);
        Comment parent = parentId == null ? null : replyableParent(report, parentId);
        User author = users.caller();
        List<User> mentioned = existingPeople(Mentions.in(text));
        Comment comment = new Comment(report, parent, author, text, usernamesOf(mentioned), clock.instant());
        em.persist(comment);
        watchUnlessChosen(report, author);
        List<User> reached = reports.thoseWhoSee(report, mentioned);
        reached.forEach(person -> watchUnlessChosen(report, person));
        em.flush();
        posted.fire(new CommentPosted(comment.getId(), reportId, idsOfPeople(reached)));
        return view(comment, LikeSummary.NONE).notNotified(unreached(mentioned, reached));
    }

    /**
     * {@link #post}, once for {@code composerKey}, the key of one comment being written (a page makes one when its
     * composer opens): sent again with the same key (a double click), nothing more is posted and the comment of the
     * first is returned. Without a usable key it posts every time.
     */
    public CommentView post(String composerKey, long reportId, Long parentId, String body) {
        if (composerKey == null || composerKey.isBlank() || composerKey.length() > IdempotencyKey.KEY_MAX) {
            return post(reportId, parentId, body);
        }
        CommentView[] posted = new CommentView[1];
        KeptAnswer first = idempotentRequests.once(composerKey,
                "comment on report " + reportId + " answering " + parentId + "\n" + body, () -> {
                    posted[0] = post(reportId, parentId, body);
                    return new KeptAnswer(201, null, null, Long.toString(posted[0].id()));
                });
        return posted[0] != null ? posted[0] : comment(Long.parseLong(first.body()));
    }

    /**
     * Replaces the text of the caller's own comment, made to version {@code expectedVersion}; the text it had stays
     * readable as an earlier version. People newly mentioned are told.
     */
    public CommentView edit(long id, long expectedVersion, String body) {
        String text = validBody(body);
        Comment comment = comments.get(id);
        if (!comment.isWrittenBy(caller.name())) {
            throw new ForbiddenException("Only its author can change a comment.");
        }
        if (comment.getVersion() != expectedVersion) {
            throw staleEdit();
        }
        if (!comment.isVisible()) {
            throw invalid("", "comment.removed", "This comment was removed and can no longer be changed.");
        }
        Set<String> before = comment.getMentions();
        List<User> mentioned = existingPeople(Mentions.in(text));
        em.persist(comment.edit(text, usernamesOf(mentioned), clock.instant()));
        List<User> newlyMentioned = mentioned.stream()
                .filter(person -> !before.contains(person.getUsername())).toList();
        List<User> reached = reports.thoseWhoSee(comment.getReport(), newlyMentioned);
        reached.forEach(person -> watchUnlessChosen(comment.getReport(), person));
        edited.fire(new CommentEdited(id, comment.getReport().getId(), idsOfPeople(reached)));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw staleEdit();
        }
        return view(comment, likesOf(comment)).notNotified(unreached(newlyMentioned, reached));
    }

    /** Removes the caller's own comment, leaving a placeholder so that replies to it still make sense. */
    public void delete(long id) {
        Comment comment = comments.get(id);
        if (!comment.isWrittenBy(caller.name())) {
            throw new ForbiddenException("Only its author can delete a comment; admins can hide it.");
        }
        if (comment.getStatus() == CommentStatus.DELETED) {
            return;
        }
        em.createQuery("delete from CommentRevision r where r.comment = :comment")
                .setParameter("comment", comment).executeUpdate();
        comment.delete();
        removed.fire(new CommentRemoved(id, comment.getReport().getId()));
    }

    /** Hides any comment from everyone, for {@code reason}; who hid it, when and why are kept and logged. */
    @RolesAllowed(Roles.ADMIN)
    public CommentView hide(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", "comment.hide.reason.required", "Say why the comment is hidden.");
        }
        if (reason.strip().length() > Comment.HIDDEN_REASON_MAX) {
            throw invalid("reason", "comment.hide.reason.size", "The reason can be at most 500 characters.");
        }
        Comment comment = comments.get(id);
        User admin = users.caller();
        comment.hide(admin, reason.strip(), clock.instant());
        em.flush();
        hidden.fire(new CommentHidden(id, comment.getReport().getId(), comment.getAuthor().getUsername(),
                admin.getUsername(), reason.strip()));
        return view(comment, likesOf(comment));
    }

    /** The earlier texts of an edited comment, newest first; none once it is removed. */
    public List<CommentRevisionView> revisions(long id) {
        Comment comment = comments.get(id);
        if (!comment.isVisible()) {
            return List.of();
        }
        return em.createQuery("""
                        select r from CommentRevision r where r.comment = :comment
                        order by r.writtenAt desc, r.id desc""", CommentRevision.class)
                .setParameter("comment", comment)
                .getResultStream()
                .map(revision -> new CommentRevisionView(revision.getBody(), revision.getWrittenAt()))
                .toList();
    }

    /**
     * The people {@code text} mentions who cannot see report {@code reportId} (a draft, or restricted to others) and
     * so would not be told of it: for the composer to warn before posting.
     */
    public List<Person> unreachableMentions(long reportId, String text) {
        Report report = reports.get(reportId);
        List<User> mentioned = text == null ? List.of() : existingPeople(Mentions.in(text));
        List<User> reached = reports.thoseWhoSee(report, mentioned);
        return mentioned.stream().filter(person -> !reached.contains(person)).map(Person::of).toList();
    }

    private static List<String> unreached(List<User> mentioned, List<User> reached) {
        return mentioned.stream().filter(person -> !reached.contains(person)).map(User::getUsername).toList();
    }

    /** Mentioned people and commenters watch a report from then on, unless they chose before. */
    private void watchUnlessChosen(Report report, User person) {
        if (!report.isAuthoredBy(person)) {
            automaticWatches.watchUnlessChosen(report.getId(), person.getId());
        }
    }

    private Comment replyableParent(Report report, long parentId) {
        Comment parent = em.find(Comment.class, parentId);
        if (parent == null || !parent.getReport().equals(report)) {
            throw invalid("parentId", "comment.parent.unknown", "There is no such comment on this report to reply to.");
        }
        if (!parent.isVisible()) {
            throw invalid("parentId", "comment.parent.removed", "This comment was removed; reply to the thread instead.");
        }
        return parent;
    }

    private List<User> existingPeople(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from User u where lower(u.username) in :usernames order by u.username",
                        User.class)
                .setParameter("usernames", usernames.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList())
                .getResultList();
    }

    private static String validBody(String body) {
        if (body == null || body.isBlank()) {
            throw invalid("body", "comment.body.required", "Write something before posting.");
        }
        if (body.length() > Comment.BODY_MAX) {
            throw invalid("body", "comment.body.size", "A comment can be at most 20,000 characters.");
        }
        return body.strip();
    }

    /** A comment read on its own: its parent, if it needs quoting, is loaded for it. */
    private CommentView view(Comment comment, LikeSummary likes) {
        Comment parent = comment.getParent();
        return view(comment, likes, inReplyTo(comment, parent == null ? Map.of() : Map.of(parent.getId(), parent)));
    }

    private CommentView view(Comment comment, LikeSummary likes, InReplyTo inReplyTo) {
        boolean visible = comment.isVisible();
        return new CommentView(comment.getId(), comment.getReport().getId(),
                comment.getParent() == null ? null : comment.getParent().getId(), comment.getDepth(),
                Person.of(comment.getAuthor()), comment.getStatus(), visible ? comment.getBody().source() : null,
                visible ? List.copyOf(comment.getMentions()) : List.of(), visible ? comment.getBody().html() : null,
                comment.getStatus() == CommentStatus.HIDDEN ? comment.getHiddenReason() : null,
                comment.getCreatedAt(), comment.getEditedAt(), comment.getVersion(), likes,
                comment.isWrittenBy(caller.name()), inReplyTo);
    }

    /** For a reply nested deeper than pages indent: whom it answers, and what they said. */
    private static InReplyTo inReplyTo(Comment reply, Map<Long, Comment> loaded) {
        if (reply.getDepth() <= CommentView.MAX_INDENT) {
            return null;
        }
        Comment parent = loaded.get(reply.getParent().getId());
        return new InReplyTo(parent.getId(), parent.getAuthor().getDisplayName(),
                parent.isVisible() ? Quotes.excerpt(parent.getBody().source(), Quotes.EXCERPT_MAX) : null);
    }

    private LikeSummary likesOf(Comment comment) {
        return Likes.ofComment(em, comment, caller.name());
    }

    private static List<Long> idsOf(List<Comment> comments) {
        return comments.stream().map(Comment::getId).toList();
    }

    private static List<Long> idsOfPeople(List<User> people) {
        return people.stream().map(User::getId).toList();
    }

    private static List<String> usernamesOf(List<User> people) {
        return people.stream().map(User::getUsername).toList();
    }

    private static InvalidException invalid(String field, String key, String message) {
        return new InvalidException(List.of(new FieldError(field, key, message)));
    }

    private static ConflictException staleEdit() {
        return new ConflictException("You changed this comment elsewhere since you opened it.");
    }
}
