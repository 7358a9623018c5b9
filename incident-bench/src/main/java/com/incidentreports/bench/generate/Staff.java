package com.incidentreports.bench.generate;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The generated staff as the identity provider knows them: usernames, the shared password of the benchmark's user
 * registry, and roles. One person in ten writes reports, one in a hundred leads QA, one in five hundred is an admin.
 */
public final class Staff {

    public static final String PASSWORD = "bench";

    private Staff() {
    }

    /** The username of person {@code number} (1, 2, …). */
    public static String username(int number) {
        return String.format("%suser-%05d", GeneratedDataGuard.PREFIX, number);
    }

    /** The registry groups of person {@code number}; every signed-in person is STAFF besides. */
    public static Set<String> groupsOf(int number) {
        Set<String> groups = new LinkedHashSet<>();
        if (number % 500 == 1) {
            groups.addAll(Set.of("AUTHOR", "QA_LEAD", "ADMIN"));
        }
        if (number % 100 == 2) {
            groups.add("QA_LEAD");
        }
        if (number % 10 == 3) {
            groups.add("AUTHOR");
        }
        return groups;
    }

    public static boolean isAuthor(int number) {
        return groupsOf(number).contains("AUTHOR");
    }
}
