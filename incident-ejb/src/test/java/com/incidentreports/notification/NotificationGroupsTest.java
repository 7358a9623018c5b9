package com.incidentreports.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.incidentreports.notification.NotificationKind.LIKE;
import static com.incidentreports.notification.NotificationKind.MENTION;
import static com.incidentreports.notification.NotificationKind.WEBHOOK_DISABLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationGroupsTest {

    private final List<NotificationGroups.Row> newestFirst = new ArrayList<>();

    @Test
    void likesOfOnePostAreOneLineWhereTheNewestIs() {
        like(10, 100L, "Ana", true);
        mention(9, 101L, "Manish");
        like(8, 100L, "Ben", true);
        like(7, 100L, "Ana", true);
        like(6, 100L, "Cleo", true);

        List<NotificationItem> items = NotificationGroups.group(newestFirst);

        assertEquals(2, items.size());
        NotificationItem likes = items.get(0);
        assertEquals(LIKE, likes.kind());
        assertEquals(List.of("Ana", "Ben", "Cleo"), likes.actors());
        assertEquals(List.of(10L, 8L, 7L, 6L), likes.ids());
        assertEquals(1, likes.othersCount());
        assertEquals(MENTION, items.get(1).kind());
    }

    @Test
    void likesOfDifferentPostsAndReadAndUnreadLikesStayApart() {
        like(5, 100L, "Ana", true);
        like(4, 200L, "Ana", true);
        like(3, null, "Ana", true);
        like(2, 100L, "Ben", false);

        List<NotificationItem> items = NotificationGroups.group(newestFirst);

        assertEquals(4, items.size());
        assertTrue(items.get(0).unread());
        assertFalse(items.get(3).unread());
        assertEquals("/reports/7", items.get(2).path());
        assertEquals("/reports/7#comment-100", items.get(0).path());
    }

    @Test
    void otherNotificationsAreNeverGrouped() {
        mention(2, 100L, "Ana");
        mention(1, 100L, "Ana");

        assertEquals(2, NotificationGroups.group(newestFirst).size());
    }

    @Test
    void aNoticeOfNoReportByNoOneLeadsToItsPage() {
        newestFirst.add(new NotificationGroups.Row(3, WEBHOOK_DISABLED, null, null, null, null,
                Instant.parse("2020-08-05T13:00:00Z"), true));
        mention(2, 100L, "Ana");

        List<NotificationItem> items = NotificationGroups.group(newestFirst);

        assertEquals(2, items.size());
        NotificationItem notice = items.get(0);
        assertEquals(WEBHOOK_DISABLED, notice.kind());
        assertEquals(List.of(), notice.actors());
        assertEquals(null, notice.reportId());
        assertEquals("/admin/webhooks", notice.path());
        assertEquals("/reports/7#comment-100", items.get(1).path());
    }

    private void like(long id, Long commentId, String actor, boolean unread) {
        newestFirst.add(new NotificationGroups.Row(id, LIKE, 7L, "Invited sign-ups got zero credits", commentId,
                actor, Instant.parse("2020-08-05T13:00:00Z").plusSeconds(id), unread));
    }

    private void mention(long id, Long commentId, String actor) {
        newestFirst.add(new NotificationGroups.Row(id, MENTION, 7L, "Invited sign-ups got zero credits", commentId,
                actor, Instant.parse("2020-08-05T13:00:00Z").plusSeconds(id), true));
    }
}
