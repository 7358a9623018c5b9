package com.incidentreports.webhook;

import com.incidentreports.servicelog.ServiceRef;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An endpoint as admins see it, without its secret (shown once, when it is created).
 *
 * @param service             the only service whose reports it hears of; null for all
 * @param disabledAt          when it turned itself off after failing too often; null otherwise
 * @param consecutiveFailures failed tries since the last that succeeded
 */
public record WebhookView(long id, long version, String name, String url, List<String> events, ServiceRef service,
                          WebhookFormat format, boolean enabled, Instant disabledAt, int consecutiveFailures,
                          Instant createdAt) implements Serializable {

    static WebhookView of(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.getId(), endpoint.getVersion(), endpoint.getName(), endpoint.getUrl(),
                endpoint.getEvents().stream().map(WebhookEvent::type).toList(),
                endpoint.getService() == null ? null : ServiceRef.of(endpoint.getService()),
                endpoint.getFormat(), endpoint.isEnabled(), endpoint.getDisabledAt(),
                endpoint.getConsecutiveFailures(), endpoint.getCreatedAt());
    }
}
