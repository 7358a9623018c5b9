package com.incidentreports.identity.signin;

import com.incidentreports.identity.SecurityEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stops password guessing: {@value #ACCOUNT_LIMIT} wrong passwords for one username within {@link #WINDOW} lock
 * that username's password sign-ins (the form and HTTP Basic) for {@link #LOCK}; {@value #ADDRESS_LIMIT} from one
 * address, whatever the usernames, lock that address the same way. Each refusal is already slowed by the server (a
 * random delay of a second or a few before a wrong password is answered); the lock ends the guessing. A locked
 * sign-in is refused without checking the password, so even the right one waits. The lock ends by time, or when an
 * admin unlocks the account; a successful sign-in forgets the username's earlier failures. Locks are kept in this
 * server's memory: a restart forgets them. At most {@value #MAX_TRACKED} usernames and addresses are followed at a
 * time: the quiet ones are forgotten when more come.
 */
@ApplicationScoped
public class SignInLocks {

    static final int ACCOUNT_LIMIT = 10;
    static final int ADDRESS_LIMIT = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int MAX_TRACKED = 10_000;

    /** A sign-in is locked until {@code until}: the account's ({@code address} false) or its address's. */
    public record Lock(boolean address, Instant until) {
    }

    /** The failures of one username or address within the window, newest last, and its lock if it has one. */
    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil;
    }

    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    @Inject
    Event<SecurityEvent> events;

    /** Tests stand the clock still or move it on. */
    @Inject
    Clock clock;

    /** The lock that stops a password sign-in as {@code username} from {@code address} now, if any. */
    public Optional<Lock> lockOf(String username, String address) {
        Instant now = clock.instant();
        synchronized (this) {
            Instant account = lockedUntil(accounts, key(username), now);
            if (account != null) {
                return Optional.of(new Lock(false, account));
            }
            Instant from = lockedUntil(addresses, address, now);
            return from == null ? Optional.empty() : Optional.of(new Lock(true, from));
        }
    }

    /** When the password sign-ins of {@code username} are unlocked again; empty if they are not locked. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        synchronized (this) {
            return Optional.ofNullable(lockedUntil(accounts, key(username), now));
        }
    }

    /** {@code username} (as typed; may name no one) gave a wrong password from {@code address}. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        Instant accountLocked;
        Instant addressLocked;
        synchronized (this) {
            if (isFull()) {
                forgetQuiet(now);
            }
            // When full even so, only those already followed are counted on: memory stays bounded.
            boolean full = isFull();
            accountLocked = full && !accounts.containsKey(key(username)) ? null
                    : count(accounts, key(username), ACCOUNT_LIMIT, now);
            addressLocked = full && !addresses.containsKey(address) ? null
                    : count(addresses, address, ADDRESS_LIMIT, now);
        }
        if (accountLocked != null) {
            events.fire(new SecurityEvent(SecurityEvent.Type.SIGN_IN_LOCKED, username, null, ACCOUNT_LIMIT
                    + " wrong passwords within " + WINDOW.toMinutes() + " minutes: password sign-ins locked until "
                    + accountLocked));
        }
        if (addressLocked != null) {
            events.fire(new SecurityEvent(SecurityEvent.Type.SIGN_IN_LOCKED, null, address, ADDRESS_LIMIT
                    + " wrong passwords from this address within " + WINDOW.toMinutes() + " minutes: password "
                    + "sign-ins from it locked until " + addressLocked));
        }
    }

    /** {@code username} signed in: their earlier wrong passwords no longer count towards a lock. */
    void succeeded(String username) {
        synchronized (this) {
            Failures failures = accounts.get(key(username));
            if (failures != null && failures.lockedUntil == null) {
                accounts.remove(key(username));
            }
        }
    }

    /**
     * The admin {@code admin} unlocks the password sign-ins of {@code username} and forgets its wrong passwords; the
     * audit log is told if it was locked. The caller checks that {@code admin} is one.
     */
    public void unlock(String username, String admin) {
        Instant now = clock.instant();
        boolean locked;
        synchronized (this) {
            locked = lockedUntil(accounts, key(username), now) != null;
            accounts.remove(key(username));
        }
        if (locked) {
            events.fire(new SecurityEvent(SecurityEvent.Type.SIGN_IN_UNLOCKED, admin, username,
                    "Password sign-ins unlocked by an admin"));
        }
    }

    /** Counts a failure; the moment the lock ends if this failure locked it, else null. */
    private static Instant count(Map<String, Failures> all, String key, int limit, Instant now) {
        Failures failures = all.computeIfAbsent(key, unused -> new Failures());
        if (failures.lockedUntil != null) {
            return null;
        }
        failures.times.addLast(now);
        while (!failures.times.isEmpty() && !failures.times.peekFirst().isAfter(now.minus(WINDOW))) {
            failures.times.removeFirst();
        }
        if (failures.times.size() < limit) {
            return null;
        }
        failures.times.clear();
        failures.lockedUntil = now.plus(LOCK);
        return failures.lockedUntil;
    }

    /** The end of the lock of {@code key}; null, and the lock forgotten, once it is over. */
    private static Instant lockedUntil(Map<String, Failures> all, String key, Instant now) {
        Failures failures = all.get(key);
        if (failures == null || failures.lockedUntil == null) {
            return null;
        }
        if (now.isBefore(failures.lockedUntil)) {
            return failures.lockedUntil;
        }
        all.remove(key);
        return null;
    }

    private boolean isFull() {
        return accounts.size() + addresses.size() >= MAX_TRACKED;
    }

    /** Forgets every username and address with no lock and no failure within the window. */
    private void forgetQuiet(Instant now) {
        for (Map<String, Failures> all : List.of(accounts, addresses)) {
            all.values().removeIf(failures -> (failures.lockedUntil == null || !now.isBefore(failures.lockedUntil))
                    && (failures.times.isEmpty() || !failures.times.peekLast().isAfter(now.minus(WINDOW))));
        }
    }

    /** Usernames are locked whatever their case, so that "Alice" and "alice" count together. */
    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
