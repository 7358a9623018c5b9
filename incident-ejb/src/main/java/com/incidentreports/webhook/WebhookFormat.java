package com.incidentreports.webhook;

/** What a delivery's body looks like. */
public enum WebhookFormat {
    /** The event as JSON ({@code type}, {@code timestamp}, {@code data}), signed: for programs. */
    STANDARD,
    /**
     * {@code {"text": "…"}}, one line and the link: what the incoming webhooks of Mattermost, Rocket.Chat, Slack and
     * Teams workflows post into a channel. Signed as well, for receivers that check.
     */
    CHAT
}
