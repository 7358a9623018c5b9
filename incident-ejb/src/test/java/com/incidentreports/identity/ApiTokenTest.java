package com.incidentreports.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final String SECRET = TokenSecret.API.generate();

    private final User owner = new User("dana", "Dana", NOW);

    @Test
    void keepsOnlyTheHashAndTheHintOfItsSecret() {
        ApiToken token = new ApiToken(owner, "CI", SECRET, NOW, null);
        assertEquals(TokenSecret.hash(SECRET), token.getSecretHash());
        assertEquals(TokenSecret.API.hint(SECRET), token.getSecretHint());
        assertNotEquals(SECRET, token.getSecretHash());
    }

    @Test
    void withoutAnExpiryItWorksUntilRevoked() {
        ApiToken token = new ApiToken(owner, "CI", SECRET, NOW, null);
        assertTrue(token.isUsableAt(NOW.plus(Duration.ofDays(3650))));
        assertTrue(token.revoke(NOW.plusSeconds(60)));
        assertFalse(token.isUsableAt(NOW.plusSeconds(61)));
        assertFalse(token.revoke(NOW.plusSeconds(120)), "revoked once is enough");
        assertEquals(NOW.plusSeconds(60), token.getRevokedAt(), "the first revocation is the one kept");
    }

    @Test
    void stopsWorkingTheMomentItExpires() {
        Instant expiry = NOW.plus(Duration.ofDays(30));
        ApiToken token = new ApiToken(owner, "CI", SECRET, NOW, expiry);
        assertTrue(token.isUsableAt(expiry.minusMillis(1)));
        assertFalse(token.isUsableAt(expiry), "the expiry itself is too late");
        assertFalse(token.isUsableAt(expiry.plusSeconds(1)));
        assertTrue(ApiToken.isExpiredAt(expiry, expiry));
        assertFalse(ApiToken.isExpiredAt(null, expiry), "no expiry: never expired");
    }

    @Test
    void cannotBeMadeAlreadyExpired() {
        assertThrows(IllegalArgumentException.class, () -> new ApiToken(owner, "CI", SECRET, NOW, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new ApiToken(owner, "CI", SECRET, NOW, NOW.minusSeconds(1)));
    }

    @Test
    void theListSaysWhetherATokenHasExpired() {
        ApiTokenView view = new ApiTokenView(1, "CI", "irt_abcdef", NOW, null, NOW.plusSeconds(10));
        assertFalse(view.isExpiredAt(NOW.plusSeconds(9)));
        assertTrue(view.isExpiredAt(NOW.plusSeconds(10)));
    }
}
