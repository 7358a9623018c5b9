package com.incidentreports.notification;

import com.incidentreports.identity.User;
import com.incidentreports.report.Report;

import jakarta.persistence.Column;
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

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened that one person should know of: a mention, a reply, a comment on a report they watch, a
 * like. It points at the report and, when there is one, the comment (by id: notifications know nothing of how
 * discussions work). Read once its recipient opens it. A notice of the application itself to an admin (a webhook
 * switched off) has neither report nor actor.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private User recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NotificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(name = "comment_id")
    private Long commentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private User actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(User recipient, NotificationKind kind, Report report, Long commentId, User actor,
                        Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        if (kind.isNotice()) {
            throw new IllegalArgumentException(kind + " tells of no report");
        }
        this.kind = kind;
        this.report = Objects.requireNonNull(report);
        this.commentId = commentId;
        this.actor = Objects.requireNonNull(actor);
        this.createdAt = now;
    }

    /** A notice to {@code recipient} about no report and by no one, such as {@link NotificationKind#WEBHOOK_DISABLED}. */
    public static Notification notice(User recipient, NotificationKind kind, Instant now) {
        if (!kind.isNotice()) {
            throw new IllegalArgumentException(kind + " tells of a report");
        }
        Notification notice = new Notification();
        notice.recipient = Objects.requireNonNull(recipient);
        notice.kind = kind;
        notice.createdAt = Objects.requireNonNull(now);
        return notice;
    }

    public Long getId() {
        return id;
    }

    public User getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Report getReport() {
        return report;
    }

    public Long getCommentId() {
        return commentId;
    }

    public User getActor() {
        return actor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Notification notification && id != null
                && id.equals(notification.id);
    }

    @Override
    public int hashCode() {
        return Notification.class.hashCode();
    }
}
