package com.incidentreports.identity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenSecretTest {

    @Test
    void aSecretIsRecognisableByItsPrefixAndNeverGivenTwice() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = TokenSecret.API.generate();
            assertTrue(secret.startsWith("irt_"), secret);
            assertTrue(TokenSecret.API.isWellFormed(secret), secret);
            assertTrue(secrets.add(secret), "a secret came twice: " + secret);
        }
    }

    @Test
    void theHashIsTheSha256OfTheSecretInHex() {
        // SHA-256 of "abc", from FIPS 180-2.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecret.hash("abc"));
        String secret = TokenSecret.API.generate();
        assertEquals(TokenSecret.hash(secret), TokenSecret.hash(secret));
        assertNotEquals(TokenSecret.hash(secret), TokenSecret.hash(TokenSecret.API.generate()));
        assertEquals(64, TokenSecret.hash(secret).length());
    }

    @Test
    void textOfAnotherShapeIsNoSecret() {
        String secret = TokenSecret.API.generate();
        assertFalse(TokenSecret.API.isWellFormed(null));
        assertFalse(TokenSecret.API.isWellFormed(""));
        assertFalse(TokenSecret.API.isWellFormed(secret.substring(4)), "without the prefix");
        assertFalse(TokenSecret.API.isWellFormed(secret + "x"), "too long");
        assertFalse(TokenSecret.API.isWellFormed(secret.substring(0, secret.length() - 1)), "too short");
        assertFalse(TokenSecret.API.isWellFormed(secret.substring(0, 10) + "!" + secret.substring(11)),
                "a character Base64url does not use");
        assertFalse(TokenSecret.API.isWellFormed("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln"), "a JWT");
    }

    @Test
    void theHintIsThePrefixAndTheFirstCharactersOnly() {
        String secret = TokenSecret.API.generate();
        String hint = TokenSecret.API.hint(secret);
        assertEquals(10, hint.length());
        assertTrue(secret.startsWith(hint));
    }

    @Test
    void aFeedTokenIsNeverTakenForAnApiTokenNorTheOtherWayRound() {
        String feed = TokenSecret.FEED.generate();
        String api = TokenSecret.API.generate();
        assertTrue(feed.startsWith("irf_"), feed);
        assertTrue(TokenSecret.FEED.isWellFormed(feed));
        assertFalse(TokenSecret.API.isWellFormed(feed), "a feed token signs in nowhere but the feeds");
        assertFalse(TokenSecret.FEED.isWellFormed(api));
    }
}
