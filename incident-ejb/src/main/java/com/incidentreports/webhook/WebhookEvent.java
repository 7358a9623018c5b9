package com.incidentreports.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an endpoint may ask to hear of, each with the {@code type} its deliveries carry. Only published reports that
 * are not restricted send any.
 */
public enum WebhookEvent {
    /** A report was published. */
    REPORT_PUBLISHED("report.published"),
    /** A published report was changed. */
    REPORT_UPDATED("report.updated"),
    /** Someone commented on a report, or replied to a comment. */
    COMMENT_POSTED("comment.posted"),
    /** A follow-up action got an owner. */
    ACTION_ASSIGNED("action.assigned"),
    /** A follow-up action moved to another status. */
    ACTION_STATUS_CHANGED("action.status_changed"),
    /** The daily reminders found a follow-up action overdue. */
    ACTION_OVERDUE("action.overdue");

    /** The type of a test delivery an admin sends: every endpoint takes it, whatever it asked for. */
    public static final String PING = "webhook.ping";

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
    }
}
