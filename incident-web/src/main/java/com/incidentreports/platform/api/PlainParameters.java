package com.incidentreports.platform.api;

import com.incidentreports.platform.PlainInput;
import com.incidentreports.platform.api.Problem.InvalidField;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;

/**
 * Every query parameter of the API, decoded, must be plain one-line text ({@link PlainInput}): a NUL in a search
 * word would otherwise reach the database, which PostgreSQL answers with an error. (Liberty itself refuses a path
 * that holds a control character.)
 */
@Provider
public class PlainParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<InvalidField> errors = new ArrayList<>();
        request.getUriInfo().getQueryParameters().forEach((name, values) ->
                PlainInput.checkText(name, name, false).or(() -> values.stream()
                                .flatMap(value -> PlainInput.checkText(name, value, false).stream()).findFirst())
                        .ifPresent(error -> errors.add(new InvalidField(error.field(), error.defaultMessage()))));
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors);
        }
    }
}
