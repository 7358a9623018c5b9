package com.incidentreports.webhook;

/**
 * An endpoint turned itself off after {@code failures} failed tries in a row: the admins are to hear of it.
 *
 * @param name what admins call it
 * @param url  where it pointed
 */
public record WebhookEndpointDisabled(long endpointId, String name, String url, int failures) {
}
