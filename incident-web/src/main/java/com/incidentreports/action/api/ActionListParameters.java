package com.incidentreports.action.api;

import com.incidentreports.action.ActionFilter;
import com.incidentreports.action.ActionSort;
import com.incidentreports.action.ActionStatus;
import com.incidentreports.action.ActionType;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.api.QueryParameters;
import com.incidentreports.servicelog.ServiceCatalog;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The query parameters of the action list and its CSV export; {@link #read} checks all of them at once. */
public class ActionListParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    @QueryParam("service")
    @Parameter(description = "Only actions of this service's reports: its slug or its id.")
    String service;

    @QueryParam("owner")
    @Parameter(description = "Only actions this person (a username) owns.")
    String owner;

    @QueryParam("status")
    @Parameter(description = "Only actions in this status.", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"PROPOSED", "OPEN", "IN_PROGRESS", "DONE", "VERIFIED", "WONT_DO_REQUESTED", "WONT_DO"}))
    String status;

    @QueryParam("type")
    @Parameter(description = "Only actions of this type.", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"PREVENT", "MITIGATE", "DETECT", "PROCESS"}))
    String type;

    @QueryParam("overdue")
    @Parameter(description = "true: only open actions past their due date; false: only the others.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    String overdue;

    @QueryParam("open")
    @Parameter(description = "true: only open actions (proposed, open, in progress, won't do requested).",
            schema = @Schema(type = SchemaType.BOOLEAN))
    String open;

    @QueryParam("first")
    @Parameter(description = "How many matching actions to skip; 0 by default.")
    String first;

    @QueryParam("size")
    @Parameter(description = "How many actions to return: 1 to " + MAX_SIZE + ", " + DEFAULT_SIZE + " by default.")
    String size;

    @QueryParam("sort")
    @Parameter(description = "What to sort by; dueDate (overdue first) by default.", schema = @Schema(
            type = SchemaType.STRING, enumeration = {"dueDate", "title", "status", "priority", "type", "owner",
            "service", "createdAt"}))
    String sort;

    @QueryParam("order")
    @Parameter(description = "asc or desc; asc by default.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"}))
    String order;

    /** The parameters, checked: 400 with every broken rule if any is wrong. */
    ActionListQuery read(ServiceCatalog services) {
        List<InvalidField> errors = new ArrayList<>();
        ActionFilter filter = new ActionFilter(serviceIdOf(services, errors), blankToNull(owner),
                enumOf("status", status, ActionStatus.class, errors), enumOf("type", type, ActionType.class, errors),
                booleanOf("overdue", overdue, errors), Boolean.TRUE.equals(booleanOf("open", open, errors)));
        int from = QueryParameters.wholeNumber("first", first, 0, 0, Integer.MAX_VALUE,
                "first must be a whole number, 0 or more.", errors);
        int pageSize = QueryParameters.wholeNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE,
                "size must be a whole number from 1 to " + MAX_SIZE + ".", errors);
        ActionSort by = ActionSort.DUE_DATE;
        if (blankToNull(sort) != null) {
            by = Arrays.stream(ActionSort.values()).filter(each -> apiName(each).equals(sort.strip())).findFirst()
                    .orElse(null);
            if (by == null) {
                errors.add(new InvalidField("sort", "sort must be one of " + Arrays.stream(ActionSort.values())
                        .map(ActionListParameters::apiName).collect(Collectors.joining(", ")) + "."));
            }
        }
        boolean ascending = blankToNull(order) == null || "asc".equalsIgnoreCase(order.strip());
        if (blankToNull(order) != null && !ascending && !"desc".equalsIgnoreCase(order.strip())) {
            errors.add(new InvalidField("order", "order must be asc or desc."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors);
        }
        return new ActionListQuery(filter, by, ascending, from, pageSize);
    }

    /** dueDate, createdAt, …: the sort's name in the API. */
    public static String apiName(ActionSort sort) {
        String[] words = sort.name().toLowerCase(Locale.ROOT).split("_");
        return words[0] + Arrays.stream(words).skip(1)
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)).collect(Collectors.joining());
    }

    private Long serviceIdOf(ServiceCatalog services, List<InvalidField> errors) {
        String value = blankToNull(service);
        if (value == null) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit) && value.length() <= 18) {
            return Long.parseLong(value);
        }
        try {
            return services.getBySlug(value).id();
        } catch (NotFoundException e) {
            errors.add(new InvalidField("service", "There is no service with the slug " + value + "."));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(String name, String value, Class<E> type, List<InvalidField> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidField(name, name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + "."));
            return null;
        }
    }

    private static Boolean booleanOf(String name, String value, List<InvalidField> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        if ("true".equalsIgnoreCase(value.strip()) || "false".equalsIgnoreCase(value.strip())) {
            return Boolean.valueOf(value.strip());
        }
        errors.add(new InvalidField(name, name + " must be true or false."));
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
