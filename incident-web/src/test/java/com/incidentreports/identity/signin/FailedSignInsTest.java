package com.incidentreports.identity.signin;

import com.incidentreports.identity.SecurityEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A flood of wrong passwords costs the audit log one entry a minute per username and address, and is counted. */
class FailedSignInsTest {

    private final RecordedEvents events = new RecordedEvents();
    private final List<SecurityEvent> recorded = events.recorded;
    private final FailedSignIns failures = new FailedSignIns();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T06:00:00Z"));

    @BeforeEach
    void wire() {
        failures.events = events;
        failures.clock = clock;
    }

    @Test
    void theFirstFailureOfAMinuteIsRecordedAndTheRestCountedWithTheNext() {
        for (int i = 0; i < 50; i++) {
            failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
            clock.advance(Duration.ofMillis(100));
        }
        assertEquals(1, recorded.size());
        assertEquals(SecurityEvent.Type.SIGN_IN_FAILED, recorded.get(0).type());
        assertEquals("alice", recorded.get(0).actor());
        assertEquals("HTTP Basic: wrong username or password", recorded.get(0).detail());

        clock.advance(Duration.ofMinutes(1));
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
        clock.advance(Duration.ofMinutes(2));
        failures.failed(FailedSignIns.FORM, "carol", "10.0.0.9");
        assertEquals(3, recorded.size(), recorded::toString);
        assertEquals("alice", recorded.get(1).actor());
        assertTrue(recorded.get(1).detail().contains("1 more times wrong from 10.0.0.5"), recorded::toString);
    }

    @Test
    void aClockSetBackStartsANewMinute() {
        failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
        clock.advance(Duration.ofHours(-1));
        failures.failed(FailedSignIns.BASIC, "alice", "10.0.0.5");
        assertEquals(2, recorded.size(), "a minute that begins after now is over: " + recorded);
    }
}
