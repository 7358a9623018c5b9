package com.incidentreports.discussion;

import com.incidentreports.discussion.LikeSummary.Liker;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LikeSummaryTest {

    @Test
    void countsWhoLikedAndWhetherTheViewerDid() {
        List<Liker> likers = List.of(new Liker("manish", "Manish"), new Liker("gja", "gja"));

        LikeSummary seenByGja = LikeSummary.of(likers, "gja");
        assertEquals(2, seenByGja.count());
        assertTrue(seenByGja.likedByMe());
        assertEquals(List.of("Manish", "gja"), seenByGja.likedBy());
        assertFalse(LikeSummary.of(likers, "staff").likedByMe());
    }

    @Test
    void noLikesIsNone() {
        assertEquals(LikeSummary.NONE, LikeSummary.of(List.of(), "staff"));
    }
}
