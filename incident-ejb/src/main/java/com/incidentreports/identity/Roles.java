package com.incidentreports.identity;

/**
 * The application's roles, as names for {@code @RolesAllowed}. Every signed-in person is {@link #STAFF}; the others
 * come from the identity provider's groups (see the EAR's role bindings).
 */
public final class Roles {

    public static final String STAFF = "STAFF";
    public static final String AUTHOR = "AUTHOR";
    public static final String QA_LEAD = "QA_LEAD";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
