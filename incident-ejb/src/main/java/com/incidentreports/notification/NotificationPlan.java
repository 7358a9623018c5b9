package com.incidentreports.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who hears of a new comment, and as what: each person once, by the strongest reason (a mention before a reply
 * before a comment on a watched report), and never the one who wrote it.
 */
public final class NotificationPlan {

    private NotificationPlan() {
    }

    /**
     * @param actor        who wrote the comment
     * @param mentioned    who it mentions
     * @param parentAuthor who wrote the comment it replies to, or null for a top-level comment
     * @param watchers     who watch the report
     * @return each person to notify, by id, with the kind of notification, in that order of strength
     */
    public static Map<Long, NotificationKind> forComment(long actor, Collection<Long> mentioned, Long parentAuthor,
                                                         Collection<Long> watchers) {
        Map<Long, NotificationKind> plan = new LinkedHashMap<>();
        mentioned.forEach(person -> plan.putIfAbsent(person, NotificationKind.MENTION));
        if (parentAuthor != null) {
            plan.putIfAbsent(parentAuthor, NotificationKind.REPLY);
        }
        watchers.forEach(person -> plan.putIfAbsent(person, NotificationKind.COMMENT));
        plan.remove(actor);
        return plan;
    }
}
