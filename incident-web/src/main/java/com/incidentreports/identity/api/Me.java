package com.incidentreports.identity.api;

import java.util.List;

/** The signed-in person as the application knows them, and the roles they have now. */
public record Me(String username, String displayName, String email, List<String> roles) {
}
