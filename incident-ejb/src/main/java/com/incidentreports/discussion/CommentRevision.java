package com.incidentreports.discussion;

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

/** An earlier text of an edited comment, as it read from {@code writtenAt} until the next edit. Never changes. */
@Entity
@Table(name = "comment_revision")
public class CommentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_revision_seq")
    @SequenceGenerator(name = "comment_revision_seq", sequenceName = "comment_revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comment_id", nullable = false)
    private Comment comment;

    @Column(name = "body_md", nullable = false, length = Comment.BODY_MAX)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected CommentRevision() {
    }

    CommentRevision(Comment comment, String body, Instant writtenAt) {
        this.comment = Objects.requireNonNull(comment);
        this.body = Objects.requireNonNull(body);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public Long getId() {
        return id;
    }

    public Comment getComment() {
        return comment;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CommentRevision revision && id != null && id.equals(revision.id);
    }

    @Override
    public int hashCode() {
        return CommentRevision.class.hashCode();
    }
}
