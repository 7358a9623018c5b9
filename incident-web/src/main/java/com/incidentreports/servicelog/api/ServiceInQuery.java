package com.incidentreports.servicelog.api;

import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceRef;

import java.util.List;

/** A service as the filter of a list names it: by its slug (slash-graphql) or by its id. */
public final class ServiceInQuery {

    /** Up to this many digits a value is an id, which a long always holds; a longer one is looked up as a slug. */
    private static final int MAX_ID_DIGITS = 18;

    private ServiceInQuery() {
    }

    /**
     * The id of the service {@code value} names; none when it is absent. An id is taken as it is (an unknown one
     * matches nothing); a slug must name a service, archived or not, or a rule for {@code parameter} joins
     * {@code errors}.
     */
    public static Long idOf(String parameter, String value, ServiceCatalog services, List<InvalidField> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String named = value.strip();
        if (named.length() <= MAX_ID_DIGITS && named.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(named);
        }
        Long id = services.ref(named).map(ServiceRef::id).orElse(null);
        if (id == null) {
            errors.add(new InvalidField(parameter, "There is no service with the slug " + named + "."));
        }
        return id;
    }
}
