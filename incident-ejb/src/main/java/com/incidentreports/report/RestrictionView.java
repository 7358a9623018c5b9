package com.incidentreports.report;

import com.incidentreports.identity.Person;

import java.io.Serializable;
import java.util.List;

/** Who a report is restricted to, as the report page and the API show it; its authors and admins see it too. */
public record RestrictionView(boolean restricted, List<Person> people, List<String> groups) implements Serializable {

    public static final RestrictionView NONE = new RestrictionView(false, List.of(), List.of());

    /** The same restriction, to start an edit from. */
    public ReportRestriction toDraft() {
        return new ReportRestriction(restricted, people.stream().map(Person::username).toList(), groups);
    }
}
