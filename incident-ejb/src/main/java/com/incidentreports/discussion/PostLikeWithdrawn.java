package com.incidentreports.discussion;

/** Someone took back their like of a report ({@code commentId} null) or of one of its comments. */
public record PostLikeWithdrawn(long reportId, Long commentId, long likerId) {
}
