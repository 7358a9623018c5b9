package com.incidentreports.discussion;

import java.util.List;

/**
 * Someone commented on a report, or replied to one of its comments.
 *
 * @param mentioned the people the comment mentions who may see the report, by id
 */
public record CommentPosted(long commentId, long reportId, List<Long> mentioned) {
}
