package com.incidentreports.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aFailedEmailIsTriedAgainLaterEachTime() {
        OutboxMail mail = new OutboxMail("ana@example.com", "Subject", "Text", NOW);
        assertEquals(NOW, mail.getNextAttemptAt());

        mail.failed("Connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), mail.getNextAttemptAt());
        mail.failed("Connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), mail.getNextAttemptAt());
        assertEquals("Connection refused", mail.getLastError());
        assertEquals(Duration.ofMinutes(60), OutboxMail.retryDelay(9));
    }

    @Test
    void anEmailIsGivenUpAfterTheLastAttempt() {
        OutboxMail mail = new OutboxMail("ana@example.com", "Subject", "Text", NOW);
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.failed("Connection refused", NOW);
        }
        assertNull(mail.getNextAttemptAt());
    }

    @Test
    void aSentEmailIsNotDueAnyMore() {
        OutboxMail mail = new OutboxMail("ana@example.com", "Subject", "Text", NOW);
        mail.sent(NOW);

        assertNull(mail.getNextAttemptAt());
        assertEquals(NOW, mail.getSentAt());
        assertEquals(1, mail.getAttempts());
    }
}
