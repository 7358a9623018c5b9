package com.incidentreports.bench.generate;

import com.incidentreports.notification.NotificationKind;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the staff were told of: every person has notifications of recent comments — replies, comments on reports
 * they watch, mentions and likes — about {@value #AVERAGE} on average, the newest few unread. So the notification
 * bell and {@code GET /api/v1/notifications} read a real list, as they do for anyone who has used the product for
 * a while.
 */
final class NotificationsPart implements DatasetPart {

    static final int AVERAGE = 40;
    /** Notifications are of comments among the newest this share of them: people hear of this month's talk. */
    private static final double RECENT_SHARE = 0.05;
    private static final long UNREAD_SECONDS = 3 * 24 * 3600L;
    private static final NotificationKind[] KINDS = {NotificationKind.COMMENT, NotificationKind.COMMENT,
        NotificationKind.REPLY, NotificationKind.REPLY, NotificationKind.LIKE, NotificationKind.MENTION};

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public List<String> tables() {
        return List.of("notification");
    }

    @Override
    public long generate(Company company, Loader loader) throws SQLException {
        int comments = company.comments();
        if (comments == 0) {
            return 0;
        }
        SplittableRandom random = company.random();
        int firstRecent = Math.max(1, (int) (comments * (1 - RECENT_SHARE)));
        long nowSecond = company.now().getEpochSecond();
        long id = 0;
        try (RowSink notifications = loader.into("notification", "id", "recipient_id", "kind", "report_id",
                "comment_id", "actor_id", "created_at", "read_at")) {
            for (long person = 1; person <= company.staff(); person++) {
                int count = random.nextInt(2 * AVERAGE + 1);
                for (int k = 0; k < count; k++) {
                    long comment = random.nextLong(firstRecent, comments + 1L);
                    long actor = company.commentAuthor(comment);
                    if (actor == person) {
                        continue;
                    }
                    NotificationKind kind = KINDS[random.nextInt(KINDS.length)];
                    long at = Math.min(nowSecond, company.commentTime(comment) + random.nextInt(1, 3600));
                    boolean unread = nowSecond - at < UNREAD_SECONDS && random.nextInt(3) != 0;
                    Instant read = unread ? null
                            : Instant.ofEpochSecond(Math.min(nowSecond, at + random.nextInt(60, 86_400)));
                    id++;
                    notifications.add(id, person, kind.name(), company.commentReport(comment), comment, actor,
                            Instant.ofEpochSecond(at), read);
                }
            }
        }
        return id;
    }
}
