package com.incidentreports.discussion;

import com.incidentreports.identity.Person;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommentTreeTest {

    @Test
    void repliesNestUnderTheirParentsInOrder() {
        CommentView concern = comment(1, null, 0);
        CommentView other = comment(2, null, 0);
        CommentView ownUp = comment(3, 1L, 1);
        CommentView answer = comment(4, 3L, 2);
        CommentView secondReply = comment(5, 1L, 1);

        List<CommentNode> threads = CommentTree.build(List.of(concern, other),
                List.of(ownUp, answer, secondReply));

        assertEquals(2, threads.size());
        assertEquals(List.of(3L, 5L), threads.get(0).replies().stream().map(r -> r.comment().id()).toList());
        assertEquals(4L, threads.get(0).replies().get(0).replies().get(0).comment().id());
        assertEquals(List.of(), threads.get(1).replies());
    }

    @Test
    void aPageShowsEachCommentFollowedByItsReplies() {
        List<CommentNode> threads = CommentTree.build(List.of(comment(1, null, 0), comment(2, null, 0)),
                List.of(comment(3, 1L, 1), comment(4, 3L, 2), comment(5, 1L, 1), comment(6, 2L, 1)));

        assertEquals(List.of(1L, 3L, 4L, 5L, 2L, 6L),
                CommentTree.flatten(threads).stream().map(CommentView::id).toList());
    }

    @Test
    void deepRepliesAreIndentedNoFurtherThanTwoLevels() {
        assertEquals(0, comment(1, null, 0).indent());
        assertEquals(2, comment(2, 1L, 2).indent());
        assertEquals(2, comment(3, 2L, 5).indent());
    }

    private static CommentView comment(long id, Long parentId, int depth) {
        return new CommentView(id, 7, parentId, depth, new Person(1, "manish", "Manish"), CommentStatus.VISIBLE,
                "Comment " + id, List.of(), "<p>Comment " + id + "</p>", null, Instant.parse("2020-08-05T13:00:00Z").plusSeconds(id), null, 0,
                LikeSummary.NONE, false, null);
    }
}
