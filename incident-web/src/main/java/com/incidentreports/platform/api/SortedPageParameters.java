package com.incidentreports.platform.api;

import com.incidentreports.platform.api.Problem.InvalidField;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A page of a list that can be sorted: {@code sort} names one of the list's sort orders by its API name (the
 * constant in camel case: {@code STARTED_AT} is {@code startedAt}), {@code order} is asc or desc. Each list names its
 * own orders and defaults.
 */
public class SortedPageParameters extends PageParameters {

    /** The order asked for, checked. */
    public record Sorting<S>(S by, boolean ascending) {
    }

    @QueryParam("sort")
    @Parameter(description = "What to sort by: one of the orders the operation names.")
    private String sort;

    @QueryParam("order")
    @Parameter(description = "asc or desc; the operation says which by default.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"}))
    private String order;

    /**
     * The order, one of {@code sorts}; a broken rule is added to {@code errors}, and the defaults stand in for what
     * broke it.
     */
    public <S extends Enum<S>> Sorting<S> sorting(Class<S> sorts, S byDefault, boolean ascendingByDefault,
                                                  List<InvalidField> errors) {
        return new Sorting<>(sortOf(sorts, byDefault, errors), ascendingOf(ascendingByDefault, errors));
    }

    /** dueDate, createdAt, …: a sort order's name in the API. */
    public static String apiName(Enum<?> sort) {
        String[] words = sort.name().toLowerCase(Locale.ROOT).split("_");
        return words[0] + Arrays.stream(words).skip(1)
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)).collect(Collectors.joining());
    }

    private <S extends Enum<S>> S sortOf(Class<S> sorts, S byDefault, List<InvalidField> errors) {
        if (sort == null || sort.isBlank()) {
            return byDefault;
        }
        Optional<S> named = Arrays.stream(sorts.getEnumConstants())
                .filter(each -> apiName(each).equals(sort.strip())).findFirst();
        if (named.isEmpty()) {
            errors.add(new InvalidField("sort", "sort must be one of " + Arrays.stream(sorts.getEnumConstants())
                    .map(SortedPageParameters::apiName).collect(Collectors.joining(", ")) + "."));
        }
        return named.orElse(byDefault);
    }

    private boolean ascendingOf(boolean byDefault, List<InvalidField> errors) {
        if (order == null || order.isBlank()) {
            return byDefault;
        }
        return switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> {
                errors.add(new InvalidField("order", "order must be asc or desc."));
                yield byDefault;
            }
        };
    }
}
