package com.incidentreports.webhook;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first try or its next one. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every try failed: the retries ran out, or a delivery an admin sent by hand failed once. */
    FAILED,
    /** Its report became restricted before it went: it never will. */
    CANCELLED
}
