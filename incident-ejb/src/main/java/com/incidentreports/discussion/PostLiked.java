package com.incidentreports.discussion;

import java.util.List;

/**
 * Someone liked a report ({@code commentId} null) or one of its comments.
 *
 * @param owners who wrote what was liked, by id: the report's authors or the comment's author
 * @param likedText what was liked, for the notification to quote: the report's title or the comment's text
 */
public record PostLiked(long reportId, Long commentId, long likerId, List<Long> owners, String likedText) {
}
