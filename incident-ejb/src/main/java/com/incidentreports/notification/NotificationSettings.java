package com.incidentreports.notification;

import com.incidentreports.identity.User;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * Which notifications a person also gets by email. Someone who never chose has no row and gets the defaults:
 * mentions and replies by email, comments on watched reports only in the app. Likes never come by email; follow-up
 * actions (assigned to you, due, overdue) always do.
 */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    public static final boolean DEFAULT_EMAIL_MENTIONS = true;
    public static final boolean DEFAULT_EMAIL_REPLIES = true;
    public static final boolean DEFAULT_EMAIL_COMMENTS = false;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_settings_seq")
    @SequenceGenerator(name = "notification_settings_seq", sequenceName = "notification_settings_seq",
            allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true)
    private User user;

    @Column(name = "email_mentions", nullable = false)
    private boolean emailMentions = DEFAULT_EMAIL_MENTIONS;

    @Column(name = "email_replies", nullable = false)
    private boolean emailReplies = DEFAULT_EMAIL_REPLIES;

    @Column(name = "email_comments", nullable = false)
    private boolean emailComments = DEFAULT_EMAIL_COMMENTS;

    @Version
    private long version;

    protected NotificationSettings() {
    }

    public NotificationSettings(User user) {
        this.user = Objects.requireNonNull(user);
    }

    public void choose(boolean mentions, boolean replies, boolean comments) {
        this.emailMentions = mentions;
        this.emailReplies = replies;
        this.emailComments = comments;
    }

    /** Whether a notification of {@code kind} is also sent by email, by this person's choice. */
    public boolean wantsEmail(NotificationKind kind) {
        return wantsEmail(kind, emailMentions, emailReplies, emailComments);
    }

    static boolean wantsEmail(NotificationKind kind, boolean mentions, boolean replies, boolean comments) {
        return switch (kind) {
            case MENTION -> mentions;
            case REPLY -> replies;
            case COMMENT -> comments;
            case LIKE -> false;
            case ACTION_ASSIGNED, ACTION_DUE_SOON, ACTION_OVERDUE, ACTION_ESCALATED -> true;
            // Every admin gets its email from WebhookMail, whatever they chose here.
            case WEBHOOK_DISABLED -> false;
        };
    }

    /** The defaults, for someone who never chose. */
    static boolean wantsEmailByDefault(NotificationKind kind) {
        return wantsEmail(kind, DEFAULT_EMAIL_MENTIONS, DEFAULT_EMAIL_REPLIES, DEFAULT_EMAIL_COMMENTS);
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public boolean isEmailMentions() {
        return emailMentions;
    }

    public boolean isEmailReplies() {
        return emailReplies;
    }

    public boolean isEmailComments() {
        return emailComments;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NotificationSettings settings && id != null
                && id.equals(settings.id);
    }

    @Override
    public int hashCode() {
        return NotificationSettings.class.hashCode();
    }
}
