package com.incidentreports.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's roles, as names for {@code @RolesAllowed}. Every signed-in person is {@link #STAFF}; the others
 * come from the identity provider's groups (the web module's mapping) or are granted in the application.
 */
public final class Roles {

    public static final String STAFF = "STAFF";
    public static final String AUTHOR = "AUTHOR";
    public static final String QA_LEAD = "QA_LEAD";
    public static final String ADMIN = "ADMIN";

    /** Every role, in the order pages list them. */
    public static final List<String> ALL = List.of(STAFF, AUTHOR, QA_LEAD, ADMIN);

    /** The roles an admin or an invitation can give: everyone is {@link #STAFF} anyway. */
    public static boolean isGrantable(String role) {
        return ALL.contains(role) && !STAFF.equals(role);
    }

    /** Those of {@code names} that are roles. */
    public static Set<String> named(Set<String> names) {
        return names.stream().filter(ALL::contains).collect(Collectors.toUnmodifiableSet());
    }

    private Roles() {
    }
}
