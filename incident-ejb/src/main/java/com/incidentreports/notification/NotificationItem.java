package com.incidentreports.notification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of a person's notifications: one notification, or several likes of the same post told together
 * ("Ana, Ben and 3 others liked your comment"). {@code ids} are the notifications it stands for, to mark read. A
 * notice of the application (a webhook switched off) has no report, no comment and no actors.
 */
public record NotificationItem(
        List<Long> ids,
        NotificationKind kind,
        /* The report it is about; null for a notice. */
        Long reportId,
        String reportTitle,
        /* The comment it is about; null for a like of the report itself, and for a notice. */
        Long commentId,
        /* Who did it, newest first, each once; none for a notice. */
        List<String> actors,
        /* When the newest of them happened. */
        Instant at,
        boolean unread,
        /* Where it leads, from the application's root: the comment on its report's page, the report, or the page of
           a notice (/admin/webhooks). */
        String path) implements Serializable {

    /** Everyone but the first two, as "and N others". */
    public int othersCount() {
        return Math.max(0, actors.size() - 2);
    }

    /** Where a notification of {@code kind} leads: the page of a notice, or the comment or report it is about. */
    public static String pathOf(NotificationKind kind, Long reportId, Long commentId) {
        return kind.isNotice() ? kind.page() : pathOf(reportId, commentId);
    }

    /** The address of a comment on its report's page, or of the report. */
    public static String pathOf(long reportId, Long commentId) {
        return "/reports/" + reportId + (commentId == null ? "" : "#comment-" + commentId);
    }
}
