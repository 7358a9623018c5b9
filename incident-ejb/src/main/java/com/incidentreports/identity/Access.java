package com.incidentreports.identity;

import com.incidentreports.platform.Language;

import java.io.Serializable;
import java.util.Set;

/**
 * What the application itself keeps about what a person may do: whether their account is active, the roles
 * granted here, the groups and the path of their last sign-in, the name shown for them and the language
 * they chose to read in (null: their browser's). {@code version}
 * changes with any of them, so a signed-in session can tell that it has to look again.
 */
public record Access(long userId, String username, boolean active, long version, Set<String> grantedRoles,
                     Set<String> groups, SignInPath signInPath, String displayName,
                     Language language) implements Serializable {

    public Access {
        grantedRoles = Set.copyOf(grantedRoles);
        groups = Set.copyOf(groups);
    }

    static Access of(User user) {
        return new Access(user.getId(), user.getUsername(), user.isActive(), user.getVersion(),
                user.getGrantedRoles(), user.getGroups(), user.getSignInPath(), user.getDisplayName(),
                user.getLanguage());
    }
}
