package com.incidentreports.discussion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Threads from flat lists of comments, and back to the order a page shows them in. */
public final class CommentTree {

    private CommentTree() {
    }

    /**
     * The threads of {@code topLevel} comments, in their order, each with its replies (from {@code replies}) nested
     * under their parents in the order given. A reply whose parent is not among them is left out.
     */
    public static List<CommentNode> build(List<CommentView> topLevel, List<CommentView> replies) {
        Map<Long, List<CommentView>> repliesByParent = new HashMap<>();
        for (CommentView reply : replies) {
            repliesByParent.computeIfAbsent(reply.parentId(), parent -> new ArrayList<>()).add(reply);
        }
        return topLevel.stream().map(comment -> node(comment, repliesByParent)).toList();
    }

    /** Every comment of {@code threads}, each followed by its replies: the order of a page. */
    public static List<CommentView> flatten(List<CommentNode> threads) {
        List<CommentView> comments = new ArrayList<>();
        threads.forEach(thread -> addTo(comments, thread));
        return comments;
    }

    private static CommentNode node(CommentView comment, Map<Long, List<CommentView>> repliesByParent) {
        List<CommentNode> replies = repliesByParent.getOrDefault(comment.id(), List.of()).stream()
                .map(reply -> node(reply, repliesByParent))
                .toList();
        return new CommentNode(comment, replies);
    }

    private static void addTo(List<CommentView> comments, CommentNode node) {
        comments.add(node.comment());
        node.replies().forEach(reply -> addTo(comments, reply));
    }
}
