package com.incidentreports.webhook;

/** A new endpoint and its signing secret, {@code whsec_…}: the only time the secret is shown. */
public record NewWebhook(WebhookView webhook, String secret) {
}
