package com.incidentreports.webhook;

/** Deliveries were written: once the transaction commits, they can be sent. */
public record WebhookQueued() {
}
