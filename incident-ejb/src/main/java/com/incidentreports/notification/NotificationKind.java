package com.incidentreports.notification;

/** What a notification tells of. When one comment is several of these to a person, the first listed wins. */
public enum NotificationKind {
    /** Someone mentioned you in a comment. */
    MENTION,
    /** Someone replied to your comment. */
    REPLY,
    /** Someone commented on a report you watch. */
    COMMENT,
    /** Someone liked your report or comment. Several likes of one post are told as one. */
    LIKE,
    /** A QA lead made you the owner of a follow-up action. */
    ACTION_ASSIGNED,
    /** A follow-up action you own is due within two days. */
    ACTION_DUE_SOON,
    /** A follow-up action you own is overdue. */
    ACTION_OVERDUE,
    /** A follow-up action you assigned is overdue by more than a week. */
    ACTION_ESCALATED
}
