package com.incidentreports.identity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenSecretTest {

    @Test
    void aSecretIsRecognisableByItsPrefixAndNeverGivenTwice() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = ApiTokenSecret.generate();
            assertTrue(secret.startsWith("irt_"), secret);
            assertTrue(ApiTokenSecret.isWellFormed(secret), secret);
            assertTrue(secrets.add(secret), "a secret came twice: " + secret);
        }
    }

    @Test
    void theHashIsTheSha256OfTheSecretInHex() {
        // SHA-256 of "abc", from FIPS 180-2.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenSecret.hash("abc"));
        String secret = ApiTokenSecret.generate();
        assertEquals(ApiTokenSecret.hash(secret), ApiTokenSecret.hash(secret));
        assertNotEquals(ApiTokenSecret.hash(secret), ApiTokenSecret.hash(ApiTokenSecret.generate()));
        assertEquals(64, ApiTokenSecret.hash(secret).length());
    }

    @Test
    void textOfAnotherShapeIsNoSecret() {
        String secret = ApiTokenSecret.generate();
        assertFalse(ApiTokenSecret.isWellFormed(null));
        assertFalse(ApiTokenSecret.isWellFormed(""));
        assertFalse(ApiTokenSecret.isWellFormed(secret.substring(4)), "without the prefix");
        assertFalse(ApiTokenSecret.isWellFormed(secret + "x"), "too long");
        assertFalse(ApiTokenSecret.isWellFormed(secret.substring(0, secret.length() - 1)), "too short");
        assertFalse(ApiTokenSecret.isWellFormed(secret.substring(0, 10) + "!" + secret.substring(11)),
                "a character Base64url does not use");
        assertFalse(ApiTokenSecret.isWellFormed("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln"), "a JWT");
    }

    @Test
    void theHintIsThePrefixAndTheFirstCharactersOnly() {
        String secret = ApiTokenSecret.generate();
        String hint = ApiTokenSecret.hint(secret);
        assertEquals(10, hint.length());
        assertTrue(secret.startsWith(hint));
    }
}
