package com.incidentreports.notification;

/**
 * What a notification tells of. When one comment is several of these to a person, the first listed wins. All but the
 * notices ({@link #isNotice()}) tell of a report and of who did something on it.
 */
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
    ACTION_ESCALATED,
    /** A webhook failed too often in a row and was switched off (to admins; no report, no actor). */
    WEBHOOK_DISABLED("/admin/webhooks");

    private final String page;

    NotificationKind() {
        this(null);
    }

    NotificationKind(String page) {
        this.page = page;
    }

    /** Whether it tells of no report and no one: a notice of the application, leading to {@link #page()}. */
    public boolean isNotice() {
        return page != null;
    }

    /** The page a notice leads to (from the application's root); null for the kinds that lead to their report. */
    public String page() {
        return page;
    }
}
