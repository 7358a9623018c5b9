package com.incidentreports.notification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.incidentreports.notification.NotificationKind.COMMENT;
import static com.incidentreports.notification.NotificationKind.MENTION;
import static com.incidentreports.notification.NotificationKind.REPLY;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NotificationPlanTest {

    private static final long MANISH = 1;
    private static final long SANKALAN = 2;
    private static final long GJA = 3;
    private static final long AUTHOR = 4;

    @Test
    void everyoneHearsOnceByTheStrongestReason() {
        Map<Long, NotificationKind> plan = NotificationPlan.forComment(MANISH, List.of(GJA, SANKALAN), SANKALAN,
                List.of(AUTHOR, SANKALAN, GJA));

        assertEquals(Map.of(GJA, MENTION, SANKALAN, MENTION, AUTHOR, COMMENT), plan);
    }

    @Test
    void aReplyTellsTheParentsAuthorAndTheWatchers() {
        assertEquals(Map.of(MANISH, REPLY, AUTHOR, COMMENT),
                NotificationPlan.forComment(SANKALAN, List.of(), MANISH, List.of(AUTHOR, MANISH)));
    }

    @Test
    void nobodyHearsOfTheirOwnComment() {
        assertEquals(Map.of(), NotificationPlan.forComment(MANISH, List.of(MANISH), MANISH, List.of(MANISH)));
    }
}
