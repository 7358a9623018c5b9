package com.incidentreports.action.api;

import com.incidentreports.action.ActionFilter;
import com.incidentreports.action.ActionSort;
import com.incidentreports.action.ActionStatus;
import com.incidentreports.action.ActionType;
import com.incidentreports.platform.Text;
import com.incidentreports.platform.api.PageParameters.Page;
import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.api.QueryParameters;
import com.incidentreports.platform.api.SortedPageParameters.Sorting;
import com.incidentreports.platform.api.SortedPageParameters;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.api.ServiceInQuery;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The filter of the action list and its CSV export, as the client typed it; {@link #read} checks it with the page
 * and order asked for, all at once.
 */
public class ActionListParameters {

    static final int DEFAULT_SIZE = 20;

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

    /** The filter, page and order, checked: 400 with every broken rule if any is wrong. */
    ActionListQuery read(SortedPageParameters paging, ServiceCatalog services) {
        List<InvalidField> errors = new ArrayList<>();
        ActionFilter filter = new ActionFilter(ServiceInQuery.idOf("service", service, services, errors),
                Text.strippedOrNull(owner), enumOf("status", status, ActionStatus.class, errors),
                enumOf("type", type, ActionType.class, errors), QueryParameters.trueOrFalse("overdue", overdue, errors),
                Boolean.TRUE.equals(QueryParameters.trueOrFalse("open", open, errors)));
        Page page = paging.page(DEFAULT_SIZE, errors);
        Sorting<ActionSort> sorting = paging.sorting(ActionSort.class, ActionSort.DUE_DATE, true, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors);
        }
        return new ActionListQuery(filter, sorting, page);
    }

    private static <E extends Enum<E>> E enumOf(String name, String value, Class<E> type, List<InvalidField> errors) {
        if (Text.strippedOrNull(value) == null) {
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
}
