package com.incidentreports.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email addresses as invitations compare them: trimmed and lower-cased, so "Ana.Lee@Example.COM " and
 * "ana.lee@example.com" are the same person. (Mail servers may treat the local part case-sensitively; in practice
 * identity providers and people do not, and an invitation that fails to match would silently grant nothing.)
 */
public final class EmailAddress {

    /** Something@something.something, without spaces: enough to catch a typo, not a full RFC 5322 parser. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    /** The normalised form of {@code email}, or empty if it is blank or not an email address. */
    public static Optional<String> normalise(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        return normalised.length() <= User.EMAIL_MAX && PLAUSIBLE.matcher(normalised).matches()
                ? Optional.of(normalised) : Optional.empty();
    }
}
