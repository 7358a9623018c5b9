package com.incidentreports.webhook;

import jakarta.persistence.Column;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One message to one endpoint: written in the transaction of what it tells of, sent after that commits, tried again
 * with a wait that doubles each time until it is answered with 2xx or its retry window has passed. Its body is kept
 * exactly as it is sent, so every try (and a redelivery an admin asks for) signs and sends the same bytes under the
 * same {@code webhook-id}.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final int BODY_MAX = 8_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "endpoint_id", nullable = false)
    private WebhookEndpoint endpoint;

    /** The {@code webhook-id} header: the same on every try, so receivers can tell a repeat. */
    @Column(name = "message_id", nullable = false, length = 40, unique = true)
    private String messageId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    /** The report it tells of, by id; null for a test delivery. */
    @Column(name = "report_id")
    private Long reportId;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    /** When to try next (or, while a server is sending it, when its claim runs out); null once it is settled. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** Sent by an admin (a test, or sent again): tried once, even while the endpoint is off. */
    @Column(nullable = false)
    private boolean manual;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(WebhookEndpoint endpoint, String messageId, String eventType, Long reportId, String body,
                           boolean manual, Instant now) {
        this.endpoint = Objects.requireNonNull(endpoint);
        this.messageId = Objects.requireNonNull(messageId);
        this.eventType = Objects.requireNonNull(eventType);
        this.reportId = reportId;
        this.body = Objects.requireNonNull(body);
        this.manual = manual;
        this.createdAt = now;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
    }

    public void delivered() {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        nextAttemptAt = null;
    }

    /**
     * A try failed: try again after {@code retry.delay(attempts)} unless that falls after the retry window (counted
     * from when it was written) or an admin sent it by hand.
     */
    public void failed(RetrySchedule retry, Instant now) {
        attempts++;
        Instant next = now.plus(retry.delay(attempts));
        if (manual || next.isAfter(createdAt.plus(retry.window()))) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
    }

    /** An admin sends it again: once, now, with its first id and body. */
    public void sendAgain(Instant now) {
        status = DeliveryStatus.PENDING;
        manual = true;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public WebhookEndpoint getEndpoint() {
        return endpoint;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getEventType() {
        return eventType;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public boolean isManual() {
        return manual;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WebhookDelivery delivery && id != null && id.equals(delivery.id);
    }

    @Override
    public int hashCode() {
        return WebhookDelivery.class.hashCode();
    }

    /** How long to wait before each next try, and for how long after a delivery was written to try at all. */
    public record RetrySchedule(Duration first, Duration longest, Duration window) {

        /** {@code first}, doubling with each failed try, never longer than {@code longest}. */
        public Duration delay(int failedAttempts) {
            int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
            Duration delay = first.multipliedBy(1L << doublings);
            return delay.compareTo(longest) > 0 ? longest : delay;
        }
    }
}
