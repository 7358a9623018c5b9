package com.incidentreports.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret of a feed token: {@value #PREFIX} and 32 random bytes in URL-safe Base64, so that it goes into an
 * address as it is, and so that it is told apart from an API token ({@link ApiTokenSecret}), which it never
 * replaces. Kept only as its SHA-256 hash.
 */
public final class FeedTokenSecret {

    public static final String PREFIX = "irf_";
    private static final int HINT_LENGTH = PREFIX.length() + 6;
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedTokenSecret() {
    }

    public static String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public static boolean isWellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    public static String hash(String secret) {
        return ApiTokenSecret.hash(secret);
    }

    public static String hint(String secret) {
        return secret.substring(0, HINT_LENGTH);
    }
}
