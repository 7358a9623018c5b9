package com.incidentreports.bench.generate;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

class DiscussionPartTest {

    private static final int REPORTS = 100_000;

    @Test
    void aHundredThousandReportsGetAboutAMillionCommentsInALongTail() {
        SplittableRandom random = new SplittableRandom(42);
        long total = 0;
        int fewOrNone = 0;
        int longOnes = 0;
        for (long report = 1; report <= REPORTS; report++) {
            int comments = DiscussionPart.commentsUnder(DiscussionPart.hasLongDiscussion(report), random);
            total += comments;
            if (comments <= 10) {
                fewOrNone++;
            }
            if (comments >= DiscussionPart.BIG_THREAD_MIN) {
                longOnes++;
            }
        }
        assertTrue(total > 800_000 && total < 1_200_000, "about a million comments: " + total);
        assertTrue(fewOrNone > REPORTS * 0.6, "most reports have ten comments or fewer: " + fewOrNone);
        assertTrue(longOnes >= REPORTS / DiscussionPart.BIG_THREAD_EVERY, "some have 500 or more: " + longOnes);
    }

    @Test
    void aCompanyOfFiveThousandReportsHasALongDiscussionAndOneOfAHundredThousandHasSomeAmongTheNewest() {
        assertTrue(LongStream.rangeClosed(1, 5_000).anyMatch(DiscussionPart::hasLongDiscussion));
        assertTrue(LongStream.rangeClosed(95_001, 100_000).anyMatch(DiscussionPart::hasLongDiscussion));
        assertTrue(DiscussionPart.commentsUnder(true, new SplittableRandom(7)) >= DiscussionPart.BIG_THREAD_MIN);
    }
}
