package com.incidentreports.webhook;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The body of one delivery in each format: {@link WebhookFormat#STANDARD} is {@code {"type", "timestamp", "data"}}
 * as the Standard Webhooks specification suggests; {@link WebhookFormat#CHAT} is {@code {"text"}}, its one line
 * from {@code webhook.properties}.
 *
 * @param type      what happened, as {@link WebhookEvent#type()} (or {@link WebhookEvent#PING})
 * @param data      what it happened to: the report (never its text) and the comment or action
 * @param chatWords the arguments of the chat line: title, severity, service, link, action title, action status
 */
record WebhookMessage(String type, Instant at, JsonObject data, Object... chatWords) {

    private static final String BUNDLE = "com.incidentreports.webhook.webhook";

    String body(WebhookFormat format) {
        return switch (format) {
            case STANDARD -> Json.createObjectBuilder()
                    .add("type", type)
                    .add("timestamp", at.toString())
                    .add("data", data)
                    .build().toString();
            case CHAT -> Json.createObjectBuilder().add("text", chatLine()).build().toString();
        };
    }

    private String chatLine() {
        String pattern = words().getString("chat." + type);
        return new MessageFormat(pattern, Locale.ENGLISH).format(chatWords);
    }

    /** The chat text of an action's status ("in progress"). */
    static String statusWords(Enum<?> status) {
        return words().getString("status." + status.name());
    }

    static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    private static ResourceBundle words() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, WebhookMessage.class.getClassLoader());
    }
}
