package com.incidentreports.discussion;

import com.incidentreports.identity.Person;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.identity.UserDirectory;
import com.incidentreports.markdown.Mentions;
import com.incidentreports.notification.NotificationKind;
import com.incidentreports.notification.NotificationPlan;
import com.incidentreports.notification.Notifier;
import com.incidentreports.discussion.LikeSummary.Liker;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.Like;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.report.Report;
import com.incidentreports.report.ReportStatus;
import com.incidentreports.report.ReportVisibility;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The discussion under reports: comments and replies, likes, watching. Whoever may see a report may discuss it;
 * only its author edits or deletes a comment; admins hide any comment, with a reason that is kept. Nobody likes
 * their own post.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class DiscussionService {

    /** Top-level comments on a page, unless asked otherwise; each comes with all its replies. */
    public static final int PAGE_SIZE = 50;
    public static final int PAGE_MAX = 100;

    private static final Logger AUDIT = Logger.getLogger("com.incidentreports.audit");
    private static final int SUGGESTIONS = 8;
    private static final int RECENT_COMMENTS = 20;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private UserDirectory users;

    @Inject
    private Notifier notifier;

    @EJB
    private AutomaticWatches automaticWatches;

    /**
     * A page of the discussion of report {@code reportId}: top-level comments {@code first} to {@code first + size},
     * oldest first, each with all its replies. Four statements however long the thread.
     */
    public Discussion discussion(long reportId, int first, int size) {
        int from = Math.max(first, 0);
        int pageSize = Math.min(Math.max(size, 1), PAGE_MAX);
        ReportVisibility visibility = visibility();
        Object[] report = visibility.bind(em.createQuery("""
                        select r.status,
                               case when exists (select 1 from r.authors a where a.username = :caller)
                                    then true else false end,
                               (select w.watching from Watch w where w.report = r and w.user.username = :caller),
                               (select count(c) from Comment c where c.report = r and c.parent is null)
                        from Report r where r.id = :id""" + visibility.andVisible("r"), Object[].class))
                .setParameter("id", reportId)
                .setParameter("caller", callerName())
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
        Likes likes = likesOf(reportId, idsOf(all));
        Map<Long, Comment> byId = all.stream().collect(Collectors.toMap(Comment::getId, Function.identity()));
        List<CommentNode> threads = CommentTree.build(
                topLevel.stream().map(c -> view(c, likes.ofComment(c.getId()), null)).toList(),
                replies.stream().map(c -> view(c, likes.ofComment(c.getId()), inReplyTo(c, byId))).toList());
        return new Discussion(reportId, total, from, pageSize, likes.ofReport(), !author, watching, threads);
    }

    /** One comment, if the caller may see its report. */
    public CommentView comment(long id) {
        Comment comment = loadVisibleComment(id);
        return view(comment, likesOf(comment));
    }

    /** Comments on report {@code reportId}, or replies to its comment {@code parentId}. */
    public CommentView post(long reportId, Long parentId, String body) {
        String text = validBody(body);
        Report report = loadVisibleReport(reportId);
        Comment parent = parentId == null ? null : replyableParent(report, parentId);
        User author = users.caller();
        List<User> mentioned = existingPeople(Mentions.in(text));
        Comment comment = new Comment(report, parent, author, text, usernamesOf(mentioned), now());
        em.persist(comment);
        watchUnlessChosen(report, author);
        List<User> reached = notifier.thoseWhoSee(report, mentioned);
        reached.forEach(person -> watchUnlessChosen(report, person));
        notifyOfComment(comment, reached);
        em.flush();
        return view(comment, LikeSummary.NONE).notNotified(unreached(mentioned, reached));
    }

    /**
     * Replaces the text of the caller's own comment, made to version {@code expectedVersion}; the text it had stays
     * readable as an earlier version. People newly mentioned are told.
     */
    public CommentView edit(long id, long expectedVersion, String body) {
        String text = validBody(body);
        Comment comment = loadVisibleComment(id);
        if (!comment.isWrittenBy(callerName())) {
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
        em.persist(comment.edit(text, usernamesOf(mentioned), now()));
        List<User> newlyMentioned = mentioned.stream()
                .filter(person -> !before.contains(person.getUsername())).toList();
        List<User> reached = notifier.thoseWhoSee(comment.getReport(), newlyMentioned);
        reached.forEach(person -> watchUnlessChosen(comment.getReport(), person));
        notifier.notify(recipients(reached, person -> NotificationKind.MENTION, comment.getAuthor()),
                comment.getReport(), comment.getId(), comment.getAuthor(), Quotes.excerpt(text, Quotes.EXCERPT_MAX));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw staleEdit();
        }
        return view(comment, likesOf(comment)).notNotified(unreached(newlyMentioned, reached));
    }

    /** Removes the caller's own comment, leaving a placeholder so that replies to it still make sense. */
    public void delete(long id) {
        Comment comment = loadVisibleComment(id);
        if (!comment.isWrittenBy(callerName())) {
            throw new ForbiddenException("Only its author can delete a comment; admins can hide it.");
        }
        if (comment.getStatus() == CommentStatus.DELETED) {
            return;
        }
        em.createQuery("delete from CommentRevision r where r.comment = :comment")
                .setParameter("comment", comment).executeUpdate();
        comment.delete();
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
        Comment comment = loadVisibleComment(id);
        User admin = users.caller();
        comment.hide(admin, reason.strip(), now());
        em.flush();
        AUDIT.info(() -> "Comment " + id + " on report " + comment.getReport().getId() + " by "
                + comment.getAuthor().getUsername() + " hidden by " + admin.getUsername() + ": " + reason.strip());
        return view(comment, likesOf(comment));
    }

    /** The earlier texts of an edited comment, newest first; none once it is removed. */
    public List<CommentRevisionView> revisions(long id) {
        Comment comment = loadVisibleComment(id);
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

    /** Likes ({@code like}) or takes back the like of a comment; doing it twice changes nothing. */
    public LikeSummary likeComment(long id, boolean like) {
        Comment comment = loadVisibleComment(id);
        if (like && comment.isWrittenBy(callerName())) {
            throw invalid("", "like.own.comment", "You cannot like your own comment.");
        }
        if (like && !comment.isVisible()) {
            throw invalid("", "like.removed", "This comment was removed and cannot be liked.");
        }
        User me = users.caller();
        List<PostLike> mine = em.createQuery("select l from PostLike l where l.comment = :comment and l.user = :me",
                        PostLike.class)
                .setParameter("comment", comment).setParameter("me", me).getResultList();
        toggle(like, mine, () -> PostLike.ofComment(me, comment, now()), comment.getReport(), comment.getId(), me,
                List.of(comment.getAuthor()), comment.getBody().source());
        return likesOf(comment);
    }

    /** Likes ({@code like}) or takes back the like of a report; its authors cannot. */
    public LikeSummary likeReport(long reportId, boolean like) {
        Report report = loadVisibleReport(reportId);
        if (like && report.getAuthors().stream().anyMatch(author -> author.getUsername().equals(callerName()))) {
            throw invalid("", "like.own.report", "You cannot like your own report.");
        }
        User me = users.caller();
        List<PostLike> mine = em.createQuery("select l from PostLike l where l.report = :report and l.user = :me",
                        PostLike.class)
                .setParameter("report", report).setParameter("me", me).getResultList();
        toggle(like, mine, () -> PostLike.ofReport(me, report, now()), report, null, me,
                List.copyOf(report.getAuthors()), report.getTitle());
        return likesOf(reportId, List.of()).ofReport();
    }

    /** Starts or stops watching a report: watchers hear of every new comment. Returns whether the caller watches. */
    public boolean watch(long reportId, boolean watching) {
        Report report = loadVisibleReport(reportId);
        User me = users.caller();
        Watch watch = watchOf(report, me);
        if (watch == null) {
            em.persist(new Watch(report, me, watching));
        } else {
            watch.setWatching(watching);
        }
        em.flush();
        return watching;
    }

    /**
     * The people {@code text} mentions who cannot see report {@code reportId} (a draft, or restricted to others) and
     * so would not be told of it: for the composer to warn before posting.
     */
    public List<Person> unreachableMentions(long reportId, String text) {
        Report report = loadVisibleReport(reportId);
        List<User> mentioned = text == null ? List.of() : existingPeople(Mentions.in(text));
        List<User> reached = notifier.thoseWhoSee(report, mentioned);
        return mentioned.stream().filter(person -> !reached.contains(person)).map(Person::of).toList();
    }

    /** People whose username or name starts with {@code prefix} (a word of it, for names), to mention. */
    public List<Person> suggestPeople(String prefix) {
        String start = prefix == null ? "" : prefix.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            return List.of();
        }
        String like = Like.escape(start) + "%";
        return em.createQuery("""
                        select u from User u
                        where lower(u.username) like :start escape '\\'
                           or lower(u.displayName) like :start escape '\\'
                           or lower(u.displayName) like :word escape '\\'
                        order by u.displayName, u.username""", User.class)
                .setParameter("start", like)
                .setParameter("word", "% " + like)
                .setMaxResults(SUGGESTIONS)
                .getResultStream().map(Person::of).toList();
    }

    /** Who {@code username} is and their latest comments on published reports. */
    public PersonActivity person(String username) {
        User person = em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", username));
        ReportVisibility visibility = visibility();
        List<PersonActivity.RecentComment> comments = visibility.bind(em.createQuery("""
                        select c.id, r.id, r.title, c.body, c.createdAt
                        from Comment c join c.report r
                        where c.author = :person and c.status = :visible and r.status = :published"""
                        + visibility.andOpen("r") + " order by c.createdAt desc, c.id desc", Object[].class))
                .setParameter("person", person)
                .setParameter("visible", CommentStatus.VISIBLE)
                .setParameter("published", ReportStatus.PUBLISHED)
                .setMaxResults(RECENT_COMMENTS)
                .getResultStream()
                .map(row -> new PersonActivity.RecentComment((Long) row[0], (Long) row[1], (String) row[2],
                        Quotes.excerpt((String) row[3], Quotes.EXCERPT_MAX), (Instant) row[4]))
                .toList();
        return new PersonActivity(Person.of(person), comments);
    }

    private void toggle(boolean like, List<PostLike> mine, Supplier<PostLike> newLike,
                        Report report, Long commentId, User me, List<User> owners, String likedText) {
        if (like && mine.isEmpty()) {
            em.persist(newLike.get());
            notifier.notify(recipients(owners, person -> NotificationKind.LIKE, me), report, commentId, me,
                    Quotes.excerpt(likedText, Quotes.EXCERPT_MAX));
        } else if (!like && !mine.isEmpty()) {
            mine.forEach(em::remove);
            notifier.likeWithdrawn(report, commentId, me);
        }
        em.flush();
    }

    private void notifyOfComment(Comment comment, List<User> mentioned) {
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
        Map<Long, User> people = new HashMap<>();
        mentioned.forEach(person -> people.put(person.getId(), person));
        watchers.forEach(person -> people.put(person.getId(), person));
        if (parentAuthor != null) {
            people.put(parentAuthor.getId(), parentAuthor);
        }
        Map<Long, NotificationKind> plan = NotificationPlan.forComment(comment.getAuthor().getId(),
                idsOfPeople(mentioned), parentAuthor == null ? null : parentAuthor.getId(), idsOfPeople(watchers));
        Map<User, NotificationKind> recipients = new LinkedHashMap<>();
        plan.forEach((id, kind) -> recipients.put(people.get(id), kind));
        notifier.notify(recipients, report, comment.getId(), comment.getAuthor(),
                Quotes.excerpt(comment.getBody().source(), Quotes.EXCERPT_MAX));
    }

    /** Everyone of {@code people} but {@code actor}; the notifier leaves out those who cannot see the report. */
    private static Map<User, NotificationKind> recipients(Collection<User> people,
                                                          Function<User, NotificationKind> kind, User actor) {
        Map<User, NotificationKind> recipients = new LinkedHashMap<>();
        people.stream().filter(person -> !person.equals(actor)).forEach(person -> recipients.put(person, kind.apply(person)));
        return recipients;
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

    private Watch watchOf(Report report, User person) {
        return em.createQuery("select w from Watch w where w.report = :report and w.user = :person", Watch.class)
                .setParameter("report", report).setParameter("person", person)
                .getResultStream().findFirst().orElse(null);
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

    private Report loadVisibleReport(long id) {
        ReportVisibility visibility = visibility();
        return visibility.bind(em.createQuery("select r from Report r where r.id = :id"
                        + visibility.andVisible("r"), Report.class))
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Report", id));
    }

    private Comment loadVisibleComment(long id) {
        ReportVisibility visibility = visibility();
        return visibility.bind(em.createQuery("""
                        select c from Comment c join fetch c.author join fetch c.report r
                        where c.id = :id""" + visibility.andVisible("r"), Comment.class))
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Comment", id));
    }

    private ReportVisibility visibility() {
        return new ReportVisibility(callerName(), isAdmin());
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
                comment.isWrittenBy(callerName()), inReplyTo);
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
        return likesOf(comment.getReport().getId(), List.of(comment.getId())).ofComment(comment.getId());
    }

    /** The likes of a report and of its comments {@code commentIds}, in one statement. */
    private Likes likesOf(long reportId, List<Long> commentIds) {
        TypedQuery<Object[]> query = em.createQuery("""
                        select l.report.id, l.comment.id, u.username, u.displayName
                        from PostLike l join l.user u
                        where l.report.id = :reportId""" + (commentIds.isEmpty() ? "" : " or l.comment.id in :comments")
                        + " order by l.createdAt, l.id", Object[].class)
                .setParameter("reportId", reportId);
        if (!commentIds.isEmpty()) {
            query.setParameter("comments", commentIds);
        }
        List<Liker> ofReport = new ArrayList<>();
        Map<Long, List<Liker>> ofComments = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            Liker liker = new Liker((String) row[2], (String) row[3]);
            if (row[1] == null) {
                ofReport.add(liker);
            } else {
                ofComments.computeIfAbsent((Long) row[1], id -> new ArrayList<>()).add(liker);
            }
        }
        return new Likes(ofReport, ofComments, callerName());
    }

    /** Who liked a report and which of its comments, as the caller sees it. */
    private record Likes(List<Liker> report, Map<Long, List<Liker>> comments, String caller) {

        LikeSummary ofReport() {
            return LikeSummary.of(report, caller);
        }

        LikeSummary ofComment(long commentId) {
            return LikeSummary.of(comments.getOrDefault(commentId, List.of()), caller);
        }
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

    private boolean isAdmin() {
        return context.isCallerInRole(Roles.ADMIN);
    }

    private String callerName() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Clock.systemUTC().instant();
    }

}
