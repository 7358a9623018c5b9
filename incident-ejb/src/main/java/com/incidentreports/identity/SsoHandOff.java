package com.incidentreports.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carries a person the server's OpenID Connect client signed in (in the SSO web module, which has no sign-in
 * mechanism of its own so that the client may act) over to the application's web module, which keeps them in its
 * own session. A ticket is random, lives a minute and works once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SsoHandOff {

    private static final Duration TICKET_LIFE = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Clock clock;

    private record Pending(SsoProfile profile, Instant expires) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    public String issue(SsoProfile profile) {
        Instant now = clock.instant();
        pending.values().removeIf(ticket -> ticket.expires().isBefore(now));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        pending.put(ticket, new Pending(profile, now.plus(TICKET_LIFE)));
        return ticket;
    }

    public Optional<SsoProfile> redeem(String ticket) {
        Pending redeemed = ticket == null ? null : pending.remove(ticket);
        return redeemed == null || redeemed.expires().isBefore(clock.instant()) ? Optional.empty()
                : Optional.of(redeemed.profile());
    }
}
