package com.incidentreports.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a personal API token: {@value #PREFIX} and 32 random bytes in URL-safe Base64, so that a token is
 * recognisable in a log or a leaked file (secret scanners look for such prefixes). The application keeps only its
 * SHA-256 hash; the secret itself is shown once, when the token is created.
 */
public final class ApiTokenSecret {

    public static final String PREFIX = "irt_";
    /** How many characters of the secret the token list shows, to tell tokens apart. */
    public static final int HINT_LENGTH = PREFIX.length() + 6;
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {
    }

    /** A new secret, never given before. */
    public static String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whether {@code text} has the shape of a secret this application gives out. */
    public static boolean isWellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The SHA-256 hash of the secret, in lower-case hex: what is stored and looked up. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The first characters of the secret, enough to tell it apart from the person's other tokens. */
    public static String hint(String secret) {
        return secret.substring(0, HINT_LENGTH);
    }
}
