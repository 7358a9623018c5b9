package com.incidentreports.audit.api;

import com.incidentreports.identity.SecurityEvent;
import com.incidentreports.platform.web.FloodGate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;

/**
 * Tells the audit log what browsers blocked on the application's pages. Anyone can send such reports, and a page
 * that breaks the policy sends one on every view, so the log gets at most one entry a minute for each address: the
 * first report at once, and how many followed within the minute when the minute is over and the next report from
 * anyone comes in. At most {@value #MAX_TRACKED} addresses are tracked; beyond that, reports are counted together.
 */
@ApplicationScoped
public class CspViolations {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_TRACKED = 10_000;
    private static final String ANY_ADDRESS = "*";

    private final FloodGate<String> gate = new FloodGate<>(WINDOW, MAX_TRACKED, address -> ANY_ADDRESS,
            (address, more, start) -> fire(null, more + " more reports from "
                    + (ANY_ADDRESS.equals(address) ? "many addresses" : address) + " in the minute from " + start));

    @Inject
    Event<SecurityEvent> events;

    @Inject
    Clock clock;

    /** A browser at {@code address}, where {@code username} had signed in (or nobody: null), blocked this. */
    void reported(CspViolation violation, String address, String username) {
        gate.occurred(address, clock.instant()).ifPresent(tracked -> fire(username, violation.describe()));
    }

    private void fire(String username, String detail) {
        events.fire(new SecurityEvent(SecurityEvent.Type.CSP_VIOLATION, username, null, detail));
    }
}
