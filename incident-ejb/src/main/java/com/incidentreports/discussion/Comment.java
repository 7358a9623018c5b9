package com.incidentreports.discussion;

import com.incidentreports.identity.User;
import com.incidentreports.markdown.Markdown;
import com.incidentreports.report.Report;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A comment under a report, or a reply to another comment. Every comment of a thread knows the thread's top-level
 * comment, so that a page of threads is read with one query for the top level and one for all their replies.
 */
@Entity
@Table(name = "report_comment")
public class Comment {

    public static final int BODY_MAX = 20_000;
    public static final int MENTIONS_MAX = 2_000;
    public static final int HIDDEN_REASON_MAX = 500;
    /** Room for the safe HTML of a comment of {@link #BODY_MAX} characters, whatever they are. */
    public static final int BODY_HTML_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
    @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Comment parent;

    /** The id of the thread's top-level comment; null for a top-level comment itself. */
    @Column(name = "thread_id")
    private Long threadId;

    @Column(nullable = false)
    private int depth;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private User author;

    /* The body with its safe HTML, mentions linked, rendered whenever the body changes: pages show it as it is. */
    @Embedded
    @AttributeOverride(name = "source", column = @Column(name = "body_md", length = BODY_MAX))
    @AttributeOverride(name = "html", column = @Column(name = "body_html", length = BODY_HTML_MAX))
    private Markdown body;

    /** The usernames of the people mentioned, separated by spaces: those who existed when it was written. */
    @Column(length = MENTIONS_MAX)
    private String mentions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommentStatus status;

    @Column(name = "hidden_reason", length = HIDDEN_REASON_MAX)
    private String hiddenReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hidden_by")
    private User hiddenBy;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected Comment() {
    }

    /** A comment on {@code report}, or a reply to {@code parent} (a comment on the same report). */
    public Comment(Report report, Comment parent, User author, String body, Collection<String> mentions,
                   Instant now) {
        this.report = Objects.requireNonNull(report);
        this.parent = parent;
        if (parent != null) {
            this.threadId = parent.threadId == null ? parent.id : parent.threadId;
            this.depth = parent.depth + 1;
        }
        this.author = Objects.requireNonNull(author);
        this.mentions = joined(mentions);
        this.body = Markdown.of(Objects.requireNonNull(body), getMentions());
        this.status = CommentStatus.VISIBLE;
        this.createdAt = now;
    }

    /** Replaces the text; the text it had is returned as a revision, for anyone to read later. */
    public CommentRevision edit(String newBody, Collection<String> newMentions, Instant now) {
        CommentRevision earlier =
                new CommentRevision(this, getBody().source(), editedAt == null ? createdAt : editedAt);
        this.mentions = joined(newMentions);
        this.body = Markdown.of(Objects.requireNonNull(newBody), getMentions());
        this.editedAt = now;
        return earlier;
    }

    /** Removed by its author: the text is gone, the place in the thread stays. */
    public void delete() {
        this.status = CommentStatus.DELETED;
        this.body = null;
        this.mentions = null;
    }

    /** Hidden by an admin: the text stays in the database, for the record, but is shown to nobody. */
    public void hide(User admin, String reason, Instant now) {
        this.status = CommentStatus.HIDDEN;
        this.hiddenBy = Objects.requireNonNull(admin);
        this.hiddenReason = Objects.requireNonNull(reason);
        this.hiddenAt = now;
    }

    public boolean isVisible() {
        return status == CommentStatus.VISIBLE;
    }

    public boolean isWrittenBy(String username) {
        return author.getUsername().equals(username);
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public Comment getParent() {
        return parent;
    }

    public Long getThreadId() {
        return threadId;
    }

    public int getDepth() {
        return depth;
    }

    public User getAuthor() {
        return author;
    }

    /**
     * The text as written, and as safe HTML with each mention of one of {@link #getMentions()} linked; no text once
     * removed. Hidden text is only for the record: see {@link #isVisible()}.
     */
    public Markdown getBody() {
        return Objects.requireNonNullElse(body, Markdown.NONE);
    }

    public Set<String> getMentions() {
        return mentions == null || mentions.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(mentions.split(" ")));
    }

    public CommentStatus getStatus() {
        return status;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public User getHiddenBy() {
        return hiddenBy;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public long getVersion() {
        return version;
    }

    private static String joined(Collection<String> usernames) {
        return usernames == null || usernames.isEmpty() ? null : String.join(" ", usernames);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Comment comment && id != null && id.equals(comment.id);
    }

    @Override
    public int hashCode() {
        return Comment.class.hashCode();
    }
}
