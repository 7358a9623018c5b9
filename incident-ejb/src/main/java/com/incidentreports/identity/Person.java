package com.incidentreports.identity;

import java.io.Serializable;

/** A person as pages and the API show them. */
public record Person(long id, String username, String displayName) implements Serializable {

    public static Person of(User user) {
        return new Person(user.getId(), user.getUsername(), user.getDisplayName());
    }
}
