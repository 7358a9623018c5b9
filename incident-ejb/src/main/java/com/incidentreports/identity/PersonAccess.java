package com.incidentreports.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A person as the admin pages and the API show them: who they are, whether they may sign in, the roles granted in
 * the application and the groups their identity provider (or the local registry) gave at their last sign-in.
 */
public record PersonAccess(long id, String username, String displayName, String email, boolean active,
                           Instant deactivatedAt, Instant lastSignInAt, SignInPath signInPath,
                           List<String> grantedRoles, List<String> groups, long version) implements Serializable {

    public PersonAccess {
        grantedRoles = List.copyOf(grantedRoles);
        groups = List.copyOf(groups);
    }

    static PersonAccess of(User user) {
        return new PersonAccess(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.isActive(), user.getDeactivatedAt(), user.getLastSignInAt(), user.getSignInPath(),
                Roles.ALL.stream().filter(user.getGrantedRoles()::contains).toList(),
                user.getGroups().stream().sorted().toList(), user.getVersion());
    }
}
