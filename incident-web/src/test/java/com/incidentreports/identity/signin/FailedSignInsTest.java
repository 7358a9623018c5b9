package com.incidentreports.identity.signin;

import com.incidentreports.identity.SecurityEvent;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A flood of wrong passwords costs the audit log one entry a minute per username and address, and is counted. */
class FailedSignInsTest {

    private final List<SecurityEvent> recorded = new ArrayList<>();
    private final FailedSignIns failures = new FailedSignIns();
    private Instant now = Instant.parse("2026-11-24T06:00:00Z");

    @BeforeEach
    void wire() {
        failures.events = new Recorded();
        failures.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void theFirstFailureOfAMinuteIsRecordedAndTheRestCountedWithTheNext() {
        for (int i = 0; i < 50; i++) {
            failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
            now = now.plusMillis(100);
        }
        assertEquals(1, recorded.size());
        assertEquals(SecurityEvent.Type.SIGN_IN_FAILED, recorded.get(0).type());
        assertEquals("alice", recorded.get(0).actor());
        assertEquals("HTTP Basic: wrong username or password", recorded.get(0).detail());

        now = now.plus(Duration.ofMinutes(1));
        failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
        assertEquals(3, recorded.size(), recorded::toString);
        assertEquals("HTTP Basic: 49 more times wrong from 10.0.0.5 in the minute from 2026-11-24T06:00:00Z",
                recorded.get(1).detail());
        assertEquals("HTTP Basic: wrong username or password", recorded.get(2).detail());
    }

    @Test
    void otherUsernamesAddressesAndWaysAreRecordedApart() {
        failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
        failures.failed(FailedSignIns.BASIC, "bob", "10.0.0.5");
        failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.6");
        failures.failed(FailedSignIns.FORM, "alice", "10.0.0.5");
        assertEquals(4, recorded.size());
        assertEquals("Sign-in form: wrong username or password", recorded.get(3).detail());
    }

    @Test
    void aFloodOfUsernamesIsCountedPerAddressOnceTheTrackingIsFull() {
        for (int i = 0; i < FailedSignIns.MAX_TRACKED + 500; i++) {
            failures.failed(FailedSignIns.BASIC, "user" + i, "10.0.0.7");
        }
        assertEquals(FailedSignIns.MAX_TRACKED + 1, recorded.size(), "the usernames beyond are one entry");
        SecurityEvent beyond = recorded.get(recorded.size() - 1);
        assertNull(beyond.actor(), "any username");
        assertTrue(beyond.detail().startsWith("HTTP Basic"), beyond::toString);
    }

    @Test
    void aMinuteThatIsOverIsToldWhenAnyoneFailsNext() {
        failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
        failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
        now = now.plus(Duration.ofMinutes(2));
        failures.failed(FailedSignIns.FORM, "carol", "10.0.0.9");
        assertEquals(3, recorded.size(), recorded::toString);
        assertEquals("alice", recorded.get(1).actor());
        assertTrue(recorded.get(1).detail().contains("1 more times wrong from 10.0.0.5"), recorded::toString);
    }

    @Test
    void aClockSetBackStartsANewMinute() {
        failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
        now = now.minus(Duration.ofHours(1));
        failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
        assertEquals(2, recorded.size(), "a minute that begins after now is over: " + recorded);
    }

    private final class Recorded implements Event<SecurityEvent> {

        @Override
        public void fire(SecurityEvent event) {
            recorded.add(event);
        }

        @Override
        public <U extends SecurityEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SecurityEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<SecurityEvent> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SecurityEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SecurityEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
