package com.incidentreports.identity.signin;

import com.incidentreports.identity.SecurityEvent;
import com.incidentreports.platform.web.FloodGate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.Duration;

/**
 * Counts wrong passwords towards a lock ({@link SignInLocks}), and tells the audit log of sign-ins refused for a wrong username or password (never the password itself). A script
 * guessing passwords over HTTP Basic can send thousands a minute, so the log gets at most one entry a minute for
 * the same way of signing in, username and address: the first failure at once, and how many followed within the
 * minute when the minute is over and the next failure from anyone comes in. At most {@value #MAX_TRACKED} such
 * minutes are tracked; beyond that, failures are counted per address, whatever the username.
 */
@ApplicationScoped
public class FailedSignIns {

    static final String FORM = "Sign-in form";
    static final String BASIC = "HTTP Basic";
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_TRACKED = 10_000;
    private static final String ANY_USERNAME = "*";

    private record Key(String how, String username, String address) {
    }

    private final FloodGate<Key> gate = new FloodGate<>(WINDOW, MAX_TRACKED,
            key -> new Key(key.how(), ANY_USERNAME, key.address()),
            (key, more, start) -> fire(key, key.how() + ": " + more + " more times wrong from " + key.address()
                    + " in the minute from " + start));

    @Inject
    Event<SecurityEvent> events;

    @Inject
    SignInLocks locks;

    /** Tests give a clock of their own. */
    @Inject
    Clock clock;

    /** Records the sign-in if the registry said its username or password is wrong (not if it could not check). */
    public void recordIfWrong(String how, Credential credential, CredentialValidationResult result,
                              HttpServletRequest request) {
        if (result.getStatus() == CredentialValidationResult.Status.INVALID
                && credential instanceof UsernamePasswordCredential typed) {
            failed(how, typed.getCaller(), request.getRemoteAddr());
            locks.failed(typed.getCaller(), request.getRemoteAddr());
        }
    }

    /** {@code username} (as typed; may name no one) failed to sign in {@code how}, from {@code address}. */
    void failed(String how, String username, String address) {
        gate.occurred(new Key(how, username, address), clock.instant())
                .ifPresent(key -> fire(key, how + ": wrong username or password"));
    }

    private void fire(Key key, String detail) {
        events.fire(new SecurityEvent(SecurityEvent.Type.SIGN_IN_FAILED,
                ANY_USERNAME.equals(key.username()) ? null : key.username(), null, detail));
    }
}
