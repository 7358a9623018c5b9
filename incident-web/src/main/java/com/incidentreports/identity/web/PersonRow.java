package com.incidentreports.identity.web;

import com.incidentreports.identity.PersonAccess;
import com.incidentreports.identity.SignInPath;

import java.io.Serializable;
import java.util.Set;

/**
 * A person on the admin people page: their record, and the roles their groups give them (from the identity provider
 * or the local registry), which can only be changed there.
 */
public record PersonRow(PersonAccess person, Set<String> groupRoles) implements Serializable {

    public PersonRow {
        groupRoles = Set.copyOf(groupRoles);
    }

    public boolean granted(String role) {
        return person.grantedRoles().contains(role);
    }

    public boolean fromGroups(String role) {
        return groupRoles.contains(role);
    }

    public boolean has(String role) {
        return granted(role) || fromGroups(role);
    }

    public boolean isSso() {
        return person.signInPath() == SignInPath.SSO;
    }
}
