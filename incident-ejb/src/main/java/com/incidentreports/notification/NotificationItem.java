package com.incidentreports.notification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of a person's notifications: one notification, or several likes of the same post told together
 * ("Ana, Ben and 3 others liked your comment"). {@code ids} are the notifications it stands for, to mark read.
 */
public record NotificationItem(
        List<Long> ids,
        NotificationKind kind,
        long reportId,
        String reportTitle,
        /* The comment it is about; null for a like of the report itself. */
        Long commentId,
        /* Who did it, newest first, each once. */
        List<String> actors,
        /* When the newest of them happened. */
        Instant at,
        boolean unread) implements Serializable {

    /** Everyone but the first two, as "and N others". */
    public int othersCount() {
        return Math.max(0, actors.size() - 2);
    }

    /** Where it leads: the comment on the report page, or the report. */
    public String path() {
        return pathOf(reportId, commentId);
    }

    /** The address of a comment on its report's page, or of the report. */
    public static String pathOf(long reportId, Long commentId) {
        return "/reports/" + reportId + (commentId == null ? "" : "#comment-" + commentId);
    }
}
