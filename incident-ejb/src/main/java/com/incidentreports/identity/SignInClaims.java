package com.incidentreports.identity;

import java.util.Set;

/**
 * What a sign-in says about the person: their username, and — from the identity provider — the name and email
 * address to show and their groups. The local registry gives only the username and its groups.
 */
public record SignInClaims(SignInPath path, String username, String displayName, String email, Set<String> groups) {

    public SignInClaims {
        groups = Set.copyOf(groups);
    }

    public static SignInClaims local(String username, Set<String> groups) {
        return new SignInClaims(SignInPath.LOCAL, username, null, null, groups);
    }

    public static SignInClaims of(SsoProfile profile) {
        return new SignInClaims(SignInPath.SSO, profile.username(), profile.displayName(), profile.email(),
                profile.groups());
    }
}
