package com.incidentreports.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One try of a delivery, as the delivery log shows it: when, how long it took, the status the receiver answered
 * (none when it could not be reached or did not answer in time: then {@code error} says why), and the start of its
 * answer.
 */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    public static final int RESPONSE_MAX = 2_048;
    public static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempt_seq")
    @SequenceGenerator(name = "webhook_attempt_seq", sequenceName = "webhook_attempt_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id", nullable = false)
    private WebhookDelivery delivery;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(length = ERROR_MAX)
    private String error;

    @Column(length = RESPONSE_MAX)
    private String response;

    protected WebhookAttempt() {
    }

    public WebhookAttempt(WebhookDelivery delivery, Instant attemptedAt, long durationMillis, Integer statusCode,
                          String error, String response) {
        this.delivery = Objects.requireNonNull(delivery);
        this.attemptedAt = attemptedAt;
        this.durationMillis = durationMillis;
        this.statusCode = statusCode;
        this.error = cut(error, ERROR_MAX);
        this.response = cut(response, RESPONSE_MAX);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public WebhookDelivery getDelivery() {
        return delivery;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public String getError() {
        return error;
    }

    public String getResponse() {
        return response;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof WebhookAttempt attempt && id != null && id.equals(attempt.id);
    }

    @Override
    public int hashCode() {
        return WebhookAttempt.class.hashCode();
    }
}
