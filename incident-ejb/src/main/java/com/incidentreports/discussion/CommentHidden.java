package com.incidentreports.discussion;

/** An admin hid a comment from everyone, for a reason. */
public record CommentHidden(long commentId, long reportId, String author, String hiddenBy, String reason) {
}
