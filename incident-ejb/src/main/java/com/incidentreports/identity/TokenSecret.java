package com.incidentreports.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets the application gives people to sign in with, one kind each: a prefix and 32 random bytes in URL-safe
 * Base64, so that a secret goes into an address as it is and is recognisable in a log or a leaked file (secret
 * scanners look for such prefixes), and so that one kind is never taken for another. The application keeps only a
 * secret's SHA-256 hash; the secret itself is shown once, when it is made.
 */
public final class TokenSecret {

    /** A personal API token's secret: signs in on the API (Bearer) and on the feeds. */
    public static final TokenSecret API = new TokenSecret("irt_");
    /** A feed token's secret: read-only, in a feed's address, on the feeds only. */
    public static final TokenSecret FEED = new TokenSecret("irf_");

    /** How many characters after the prefix the token lists show, to tell a person's tokens apart. */
    private static final int HINT_CHARACTERS = 6;
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix;
    private final Pattern shape;

    private TokenSecret(String prefix) {
        this.prefix = prefix;
        this.shape = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_-]{43}");
    }

    /** What every secret of this kind starts with. */
    public String prefix() {
        return prefix;
    }

    /** A new secret, never given before. */
    public String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whether {@code text} has the shape of a secret of this kind. */
    public boolean isWellFormed(String text) {
        return text != null && shape.matcher(text).matches();
    }

    /** The first characters of the secret, enough to tell it apart from the person's other tokens. */
    public String hint(String secret) {
        return secret.substring(0, prefix.length() + HINT_CHARACTERS);
    }

    /** The SHA-256 hash of a secret (or of any text), in lower-case hex: what is stored and looked up. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
