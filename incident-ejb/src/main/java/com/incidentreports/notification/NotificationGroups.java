package com.incidentreports.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a person's notifications, newest first, into the lines they read: likes of the same post that are all read
 * or all unread become one line, placed where the newest of them is; everything else is a line of its own.
 */
public final class NotificationGroups {

    private NotificationGroups() {
    }

    /** One notification as read from the database; a notice has no report and no actor (nulls). */
    public record Row(long id, NotificationKind kind, Long reportId, String reportTitle, Long commentId,
                      String actorName, Instant createdAt, boolean unread) {
    }

    public static List<NotificationItem> group(List<Row> newestFirst) {
        Map<Object, List<Row>> lines = new LinkedHashMap<>();
        for (Row row : newestFirst) {
            Object key = row.kind() == NotificationKind.LIKE
                    ? List.of("like", row.reportId(), Objects.toString(row.commentId()), row.unread())
                    : row.id();
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return lines.values().stream().map(NotificationGroups::item).toList();
    }

    private static NotificationItem item(List<Row> rows) {
        Row newest = rows.get(0);
        LinkedHashSet<String> actors = new LinkedHashSet<>();
        rows.stream().map(Row::actorName).filter(Objects::nonNull).forEach(actors::add);
        return new NotificationItem(rows.stream().map(Row::id).toList(), newest.kind(), newest.reportId(),
                newest.reportTitle(), newest.commentId(), List.copyOf(actors), newest.createdAt(), newest.unread(),
                NotificationItem.pathOf(newest.kind(), newest.reportId(), newest.commentId()));
    }
}
