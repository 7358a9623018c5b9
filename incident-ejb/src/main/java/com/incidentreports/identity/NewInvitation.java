package com.incidentreports.identity;

import java.util.Set;

/** What an admin fills in to invite someone: their email address and the roles they are to get. */
public record NewInvitation(String email, Set<String> roles) {

    public NewInvitation {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
