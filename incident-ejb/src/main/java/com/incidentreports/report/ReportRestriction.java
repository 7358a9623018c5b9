package com.incidentreports.report;

import java.io.Serializable;
import java.util.List;

/**
 * Who an author restricts a report to, as the form and the API send it: people by username and groups of the
 * identity provider by name. Its authors and admins always see it. Not {@code restricted}: everyone who may see the
 * report sees it, and the lists are ignored.
 */
public record ReportRestriction(boolean restricted, List<String> people, List<String> groups) implements Serializable {

    /** A person may be named at most this many times, and as many groups. */
    public static final int MAX_NAMES = 100;

    public static final ReportRestriction NONE = new ReportRestriction(false, List.of(), List.of());

    public ReportRestriction {
        people = people == null ? List.of() : List.copyOf(people.stream().filter(name -> name != null).toList());
        groups = groups == null ? List.of() : List.copyOf(groups.stream().filter(name -> name != null).toList());
    }
}
