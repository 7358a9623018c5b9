package com.incidentreports.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What an admin gives to create or change an endpoint.
 *
 * @param events  the types it wants ({@code report.published} …, see {@link WebhookEvent})
 * @param service the slug of the only service whose reports it hears of; all services when blank
 * @param format  STANDARD when left out
 * @param enabled on when left out
 */
public record WebhookInput(
        @NotBlank(message = "{webhook.name.required}")
        @Size(max = WebhookEndpoint.NAME_MAX, message = "{webhook.name.size}")
        String name,
        @NotBlank(message = "{webhook.url.required}")
        @Size(max = WebhookEndpoint.URL_MAX, message = "{webhook.url.size}")
        String url,
        List<String> events,
        String service,
        WebhookFormat format,
        Boolean enabled) {
}
