package com.incidentreports.discussion;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a report's discussion: a slice of its top-level comments, each with all its replies, and what the
 * caller sees of the report itself (its likes, whether they watch it).
 */
public record Discussion(
        long reportId,
        /* The number of top-level comments in all. */
        long total,
        int first,
        int size,
        LikeSummary reportLikes,
        /* Whether the caller may like the report: not its authors. */
        boolean reportLikeable,
        boolean watching,
        List<CommentNode> threads) implements Serializable {

    /** Whether there are top-level comments after this page. */
    public boolean hasMore() {
        return first + threads.size() < total;
    }

    /** The comments of this page in the order they are shown, each followed by its replies. */
    public List<CommentView> entries() {
        return CommentTree.flatten(threads);
    }
}
