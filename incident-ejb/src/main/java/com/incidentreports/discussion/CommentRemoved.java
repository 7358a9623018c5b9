package com.incidentreports.discussion;

/** The author of a comment deleted it; a placeholder stays in its place. */
public record CommentRemoved(long commentId, long reportId) {
}
