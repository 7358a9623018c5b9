package com.incidentreports.notification;

/** Emails were written to the outbox: once the transaction commits, they can be sent. */
public record MailQueued() {
}
