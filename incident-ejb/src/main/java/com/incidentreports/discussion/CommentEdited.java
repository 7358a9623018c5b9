package com.incidentreports.discussion;

import java.util.List;

/**
 * The author of a comment changed its text.
 *
 * @param newlyMentioned the people the new text mentions, and the old one did not, who may see the report, by id
 */
public record CommentEdited(long commentId, long reportId, List<Long> newlyMentioned) {
}
