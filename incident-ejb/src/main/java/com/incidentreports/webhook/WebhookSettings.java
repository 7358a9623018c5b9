package com.incidentreports.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * The operator's settings of outgoing webhooks (Liberty variables or environment variables, see the README): where
 * they may go, whether plain http is allowed, how long a call may take, how tries are spaced and when an endpoint
 * that keeps failing is turned off.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "incidents.webhooks.allowed-hosts")
    Optional<String> allowedHosts;

    @Inject
    @ConfigProperty(name = "incidents.webhooks.allow-http", defaultValue = "false")
    boolean allowHttp;

    @Inject
    @ConfigProperty(name = "incidents.webhooks.connect-timeout-seconds", defaultValue = "5")
    int connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "incidents.webhooks.read-timeout-seconds", defaultValue = "10")
    int readTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "incidents.webhooks.retry-first-seconds", defaultValue = "30")
    int retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "incidents.webhooks.retry-longest-seconds", defaultValue = "3600")
    int retryLongestSeconds;

    @Inject
    @ConfigProperty(name = "incidents.webhooks.retry-hours", defaultValue = "24")
    int retryHours;

    @Inject
    @ConfigProperty(name = "incidents.webhooks.disable-after", defaultValue = "50")
    int disableAfter;

    @Inject
    @ConfigProperty(name = "incidents.webhooks.poll-seconds", defaultValue = "10")
    int pollSeconds;

    /** Where webhooks may go. An entry that is no address, network or host name: IllegalArgumentException. */
    public OutgoingAddresses addresses() {
        return OutgoingAddresses.of(allowedHosts.orElse(""));
    }

    public boolean allowHttp() {
        return allowHttp;
    }

    public Duration connectTimeout() {
        return Duration.ofSeconds(Math.max(1, connectTimeoutSeconds));
    }

    public Duration readTimeout() {
        return Duration.ofSeconds(Math.max(1, readTimeoutSeconds));
    }

    public WebhookDelivery.RetrySchedule retrySchedule() {
        return new WebhookDelivery.RetrySchedule(Duration.ofSeconds(Math.max(1, retryFirstSeconds)),
                Duration.ofSeconds(Math.max(1, retryLongestSeconds)), Duration.ofHours(Math.max(1, retryHours)));
    }

    /** After this many failed tries in a row an endpoint turns itself off. */
    public int disableAfter() {
        return Math.max(1, disableAfter);
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    /** How long a server's claim on a delivery it is sending lasts: longer than any call may take. */
    public Duration claimLength() {
        return connectTimeout().plus(readTimeout()).plusSeconds(60);
    }
}
