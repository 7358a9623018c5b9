package com.incidentreports.webhook;

import com.incidentreports.servicelog.Service;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An address outside that hears of what happens to reports: the events it wants, only of one service's reports if
 * it names one, in its format, signed with its secret. An admin turns it on and off; it turns itself off after too
 * many failed tries in a row ({@link #disabledAt} says when).
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    public static final int NAME_MAX = 120;
    public static final int URL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_endpoint_seq")
    @SequenceGenerator(name = "webhook_endpoint_seq", sequenceName = "webhook_endpoint_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = URL_MAX)
    private String url;

    /** The signing secret, {@code whsec_…}: kept as it is, since every delivery is signed with it. */
    @Column(nullable = false, length = 100)
    private String secret;

    @Convert(converter = WebhookEventsConverter.class)
    @Column(nullable = false, length = 300)
    private Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);

    /** Only this service's reports; all when null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private Service service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WebhookFormat format;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    /** When it turned itself off after failing too often; null while on, or turned off by an admin. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(String name, String url, String secret, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.url = Objects.requireNonNull(url);
        this.secret = Objects.requireNonNull(secret);
        this.format = WebhookFormat.STANDARD;
        this.enabled = true;
        this.createdAt = now;
    }

    /** Sets what can be changed at once; turning it on forgets the failures that turned it off. */
    public void change(String newName, String newUrl, Set<WebhookEvent> newEvents, Service newService,
                       WebhookFormat newFormat, boolean on) {
        name = Objects.requireNonNull(newName);
        url = Objects.requireNonNull(newUrl);
        events = newEvents.isEmpty() ? EnumSet.noneOf(WebhookEvent.class) : EnumSet.copyOf(newEvents);
        service = newService;
        format = Objects.requireNonNull(newFormat);
        if (on && !enabled) {
            consecutiveFailures = 0;
            disabledAt = null;
        }
        if (!on) {
            disabledAt = null;
        }
        enabled = on;
    }

    public void succeeded() {
        consecutiveFailures = 0;
    }

    /** Counts a failed try; true if this one turned it off, after {@code disableAfter} in a row. */
    public boolean failed(int disableAfter, Instant now) {
        consecutiveFailures++;
        if (enabled && consecutiveFailures >= disableAfter) {
            enabled = false;
            disabledAt = now;
            return true;
        }
        return false;
    }

    /** Whether it is on and asked for {@code event} (which service's reports it takes, a query asks). */
    public boolean wants(WebhookEvent event) {
        return enabled && events.contains(event);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public Set<WebhookEvent> getEvents() {
        return events.isEmpty() ? EnumSet.noneOf(WebhookEvent.class) : EnumSet.copyOf(events);
    }

    public Service getService() {
        return service;
    }

    public WebhookFormat getFormat() {
        return format;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WebhookEndpoint endpoint && id != null && id.equals(endpoint.id);
    }

    @Override
    public int hashCode() {
        return WebhookEndpoint.class.hashCode();
    }
}
