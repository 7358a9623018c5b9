package com.incidentreports.identity;

import java.util.Set;

/**
 * What a sign-in says about the person: their username, and — from the identity provider — the name and email
 * address to show, whether the provider verified that address, and their groups. The local registry gives only the
 * username and its groups (the verified address of a local account is configured: {@link LocalAccountEmails}).
 */
public record SignInClaims(SignInPath path, String username, String displayName, String email,
                           boolean emailVerified, Set<String> groups) {

    public SignInClaims {
        groups = Set.copyOf(groups);
    }

    public static SignInClaims local(String username, Set<String> groups) {
        return new SignInClaims(SignInPath.LOCAL, username, null, null, false, groups);
    }

    public static SignInClaims of(SsoProfile profile) {
        return new SignInClaims(SignInPath.SSO, profile.username(), profile.displayName(), profile.email(),
                profile.emailVerified() && profile.email() != null, profile.groups());
    }
}
