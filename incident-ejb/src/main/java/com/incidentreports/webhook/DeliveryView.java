package com.incidentreports.webhook;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A delivery on an endpoint's log, with every try, newest first.
 *
 * @param messageId     its {@code webhook-id}
 * @param reportId      the report it tells of; null for a test
 * @param nextAttemptAt when it is tried next; null once settled
 * @param manual        sent by an admin (a test, or sent again): tried once
 */
public record DeliveryView(long id, String messageId, String eventType, Long reportId, Instant createdAt,
                           DeliveryStatus status, int attempts, Instant nextAttemptAt, boolean manual,
                           List<AttemptView> tries) implements Serializable {

    /**
     * One try.
     *
     * @param status   the receiver's HTTP status; null when there was no answer
     * @param error    why there was no answer
     * @param response the start of the answer (2 KB at most)
     */
    public record AttemptView(Instant at, long durationMillis, Integer status, String error, String response)
            implements Serializable {
    }
}
