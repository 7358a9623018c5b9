package com.incidentreports.discussion;

import com.incidentreports.identity.User;
import com.incidentreports.report.Report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One person's like of a report or of a comment (never both). A person likes a post at most once. */
@Entity
@Table(name = "post_like")
public class PostLike {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_like_seq")
    @SequenceGenerator(name = "post_like_seq", sequenceName = "post_like_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private Report report;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comment_id")
    private Comment comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PostLike() {
    }

    private PostLike(User user, Report report, Comment comment, Instant now) {
        this.user = Objects.requireNonNull(user);
        this.report = report;
        this.comment = comment;
        this.createdAt = now;
    }

    public static PostLike ofReport(User user, Report report, Instant now) {
        return new PostLike(user, Objects.requireNonNull(report), null, now);
    }

    public static PostLike ofComment(User user, Comment comment, Instant now) {
        return new PostLike(user, null, Objects.requireNonNull(comment), now);
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public Report getReport() {
        return report;
    }

    public Comment getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PostLike like && id != null && id.equals(like.id);
    }

    @Override
    public int hashCode() {
        return PostLike.class.hashCode();
    }
}
