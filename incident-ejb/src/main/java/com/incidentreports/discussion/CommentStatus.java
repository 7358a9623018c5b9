package com.incidentreports.discussion;

/** Whether a comment's text is shown. A removed comment keeps its place so that its replies still make sense. */
public enum CommentStatus {
    /** Shown as written. */
    VISIBLE,
    /** Removed by its author: a placeholder remains. */
    DELETED,
    /** Hidden by an admin, with a reason: a placeholder and the reason remain. */
    HIDDEN
}
