package com.incidentreports.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who the company's identity provider says signed in, from the claims of its tokens: the username, the name and
 * email address to show, whether the provider vouches for that address ({@code email_verified}; a provider that does
 * not say is trusted), and the provider's groups (which the web module maps to roles).
 */
public record SsoProfile(String username, String displayName, String email, boolean emailVerified,
                         Set<String> groups) implements Serializable {

    public SsoProfile {
        groups = Set.copyOf(groups);
    }

    /** A profile whose provider did not say whether it verified the email address. */
    public SsoProfile(String username, String displayName, String email, Set<String> groups) {
        this(username, displayName, email, true, groups);
    }
}
