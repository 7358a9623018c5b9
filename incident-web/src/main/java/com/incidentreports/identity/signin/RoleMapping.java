package com.incidentreports.identity.signin;

import com.incidentreports.identity.Access;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.SignInPath;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.Set;

/**
 * The roles a person has: always STAFF; the roles their groups give — groups of the local registry are named
 * after roles, the identity provider's groups map to roles by the settings ({@link SsoSettings}) — and the roles
 * granted to them in the application.
 */
@ApplicationScoped
public class RoleMapping {

    @Inject
    private SsoSettings sso;

    /** The roles of a person whose access record is all there is to go by (a session to refresh, an API token). */
    public Set<String> roles(Access access) {
        return roles(access.signInPath() == null ? SignInPath.LOCAL : access.signInPath(), access.groups(), access);
    }

    /** The roles of a person signing in by {@code path} with these {@code groups}. */
    public Set<String> roles(SignInPath path, Set<String> groups, Access access) {
        Set<String> roles = new HashSet<>(groupRoles(path, groups));
        roles.add(Roles.STAFF);
        roles.addAll(access.grantedRoles());
        return Set.copyOf(roles);
    }

    /** The roles that come from {@code groups} alone: the identity provider's (or the local registry's) to change. */
    public Set<String> groupRoles(SignInPath path, Set<String> groups) {
        Set<String> roles = new HashSet<>(path == SignInPath.SSO ? sso.roles(groups) : Roles.named(groups));
        roles.remove(Roles.STAFF);
        return Set.copyOf(roles);
    }
}
