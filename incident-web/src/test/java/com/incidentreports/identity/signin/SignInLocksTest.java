package com.incidentreports.identity.signin;

import com.incidentreports.identity.SecurityEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ten wrong passwords for an account, or a hundred from an address, within 15 minutes lock them for 15 minutes. */
class SignInLocksTest {

    private static final Instant START = Instant.parse("2026-11-24T06:00:00Z");

    private final RecordedEvents events = new RecordedEvents();
    private final SignInLocks locks = new SignInLocks();
    private final SettableClock clock = new SettableClock(START);

    @BeforeEach
    void wire() {
        locks.events = events;
        locks.clock = clock;
    }

    @Test
    void theTenthWrongPasswordLocksTheAccountForFifteenMinutes() {
        fail("alice", "10.0.0.5", SignInLocks.ACCOUNT_LIMIT - 1);
        assertTrue(locks.lockOf("alice", "10.0.0.5").isEmpty(), "nine are a person mistyping");

        fail("alice", "10.0.0.6", 1);
        Optional<SignInLocks.Lock> lock = locks.lockOf("ALICE", "10.0.0.7");
        assertEquals(Optional.of(new SignInLocks.Lock(false, START.plus(SignInLocks.LOCK))), lock,
                "whatever the case of the username and the address");
        assertTrue(locks.lockOf("bob", "10.0.0.5").isEmpty(), "others sign in");
        SecurityEvent locked = events.recorded.get(0);
        assertEquals(SecurityEvent.Type.SIGN_IN_LOCKED, locked.type());
        assertEquals("alice", locked.actor());
        assertEquals(1, events.recorded.size());

        clock.advance(SignInLocks.LOCK);
        assertTrue(locks.lockOf("alice", "10.0.0.5").isEmpty(), "the lock ends by itself");
        fail("alice", "10.0.0.5", 1);
        assertTrue(locks.lockOf("alice", "10.0.0.5").isEmpty(), "and its failures are forgotten");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail("alice", "10.0.0.5", SignInLocks.ACCOUNT_LIMIT - 1);
        clock.advance(SignInLocks.WINDOW);
        fail("alice", "10.0.0.5", 1);
        assertTrue(locks.lockOf("alice", "10.0.0.5").isEmpty());
    }

    @Test
    void aSignInForgetsTheAccountsFailuresButNotALock() {
        fail("alice", "10.0.0.5", SignInLocks.ACCOUNT_LIMIT - 1);
        locks.succeeded("alice");
        fail("alice", "10.0.0.5", 1);
        assertTrue(locks.lockOf("alice", "10.0.0.5").isEmpty());

        fail("alice", "10.0.0.5", SignInLocks.ACCOUNT_LIMIT);
        locks.succeeded("alice");
        assertFalse(locks.lockOf("alice", "10.0.0.5").isEmpty());
    }

    @Test
    void anAdminUnlocksAnAccountAndTheAuditLogSaysWho() {
        fail("alice", "10.0.0.5", SignInLocks.ACCOUNT_LIMIT);
        assertEquals(Optional.of(START.plus(SignInLocks.LOCK)), locks.lockedUntil("alice"));

        locks.unlock("alice", "admin");
        assertTrue(locks.lockedUntil("alice").isEmpty());
        SecurityEvent unlocked = events.recorded.get(events.recorded.size() - 1);
        assertEquals(SecurityEvent.Type.SIGN_IN_UNLOCKED, unlocked.type());
        assertEquals("admin", unlocked.actor());
        assertEquals("alice", unlocked.subject());

        locks.unlock("bob", "admin");
        assertEquals(2, events.recorded.size(), "unlocking an account that is not locked is not audited");
    }

    @Test
    void aHundredWrongPasswordsFromOneAddressLockItForEveryone() {
        for (int i = 0; i < SignInLocks.ADDRESS_LIMIT; i++) {
            fail("user" + i, "10.0.0.9", 1);
            clock.advance(Duration.ofSeconds(1));
        }
        SignInLocks.Lock lock = locks.lockOf("someone", "10.0.0.9").orElseThrow();
        assertTrue(lock.address());
        SecurityEvent locked = events.recorded.get(0);
        assertNull(locked.actor());
        assertEquals("10.0.0.9", locked.subject());
        assertTrue(locks.lockOf("someone", "10.0.0.10").isEmpty(), "other addresses sign in");
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            locks.failed(username, address);
        }
    }
}
