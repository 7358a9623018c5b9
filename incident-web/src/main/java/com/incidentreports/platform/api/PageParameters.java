package com.incidentreports.platform.api;

import com.incidentreports.platform.api.Problem.InvalidField;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list the client asks for, {@code first} and {@code size}, as it typed them: the one
 * {@code @BeanParam} of every paged list (sortable ones take {@link SortedPageParameters}). Each list names its
 * default size; a mistake joins the list's other mistakes, so that the client learns them all from one answer.
 */
public class PageParameters {

    public static final int MAX_SIZE = 100;

    /** The page asked for, checked. */
    public record Page(int first, int size) {
    }

    @QueryParam("first")
    @Parameter(description = "How many matching items to skip; 0 by default.")
    private String first;

    @QueryParam("size")
    @Parameter(description = "How many items to return: 1 to " + MAX_SIZE + "; the operation says how many by "
            + "default.")
    private String size;

    /** The page of a list that takes nothing else: 400 with every broken rule if any is wrong. */
    public Page page(int defaultSize) {
        List<InvalidField> errors = new ArrayList<>();
        Page page = page(defaultSize, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors);
        }
        return page;
    }

    /** The page; a broken rule is added to {@code errors}, and the defaults stand in for what broke it. */
    public Page page(int defaultSize, List<InvalidField> errors) {
        return new Page(
                QueryParameters.wholeNumber("first", first, 0, 0, Integer.MAX_VALUE,
                        "first must be a whole number, 0 or more.", errors),
                QueryParameters.wholeNumber("size", size, defaultSize, 1, MAX_SIZE,
                        "size must be a whole number from 1 to " + MAX_SIZE + ".", errors));
    }
}
