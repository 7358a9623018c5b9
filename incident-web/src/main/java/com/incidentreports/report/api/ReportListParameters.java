package com.incidentreports.report.api;

import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.api.QueryParameters;
import com.incidentreports.report.ReportSort;
import com.incidentreports.report.Severity;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The query parameters of the report list, as the client typed them. {@link #read()} checks all of them at once, so
 * the client learns every mistake from one answer.
 */
public class ReportListParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** The API's names of the sort orders. */
    private static final Map<String, ReportSort> SORTS = Map.of(
            "startedAt", ReportSort.STARTED_AT,
            "title", ReportSort.TITLE,
            "severity", ReportSort.SEVERITY,
            "service", ReportSort.SERVICE,
            "usersAffected", ReportSort.USERS_AFFECTED);

    @QueryParam("service")
    @Parameter(description = "Only this service's reports: its slug (slash-graphql) or its id.")
    private String service;

    @QueryParam("severity")
    @Parameter(description = "Only reports of this severity.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"SEV1", "SEV2", "SEV3", "SEV4"}))
    private String severity;

    @QueryParam("from")
    @Parameter(description = "Only incidents that started at or after this instant (2024-05-01T10:00:00Z) or "
            + "the start of this date in UTC (2024-05-01).")
    private String from;

    @QueryParam("to")
    @Parameter(description = "Only incidents that started before this instant, or on or before this date in UTC.")
    private String to;

    @QueryParam("q")
    @Parameter(description = "Words that must all appear in the title, in any order and case.")
    private String words;

    @QueryParam("first")
    @Parameter(description = "How many matching reports to skip; 0 by default.")
    private String first;

    @QueryParam("size")
    @Parameter(description = "How many reports to return: 1 to " + MAX_SIZE + ", " + DEFAULT_SIZE
            + " by default.")
    private String size;

    @QueryParam("sort")
    @Parameter(description = "What to sort by; startedAt by default.",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"startedAt", "title", "severity", "service", "usersAffected"}))
    private String sort;

    @QueryParam("order")
    @Parameter(description = "asc or desc; desc (newest first) by default.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"}))
    private String order;

    /** The parameters, checked; 400 with every broken rule if any is wrong. */
    ReportListQuery read() {
        List<InvalidField> errors = new ArrayList<>();
        ReportListQuery query = new ReportListQuery(
                blankToNull(service),
                severityOf(errors),
                QueryParameters.instantOrDate("from", from, false, errors),
                QueryParameters.instantOrDate("to", to, true, errors),
                blankToNull(words),
                QueryParameters.wholeNumber("first", first, 0, 0, Integer.MAX_VALUE,
                        "first must be a whole number, 0 or more.", errors),
                QueryParameters.wholeNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE,
                        "size must be a whole number from 1 to " + MAX_SIZE + ".", errors),
                sortOf(errors),
                ascendingOf(errors));
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors);
        }
        return query;
    }

    private Severity severityOf(List<InvalidField> errors) {
        if (blankToNull(severity) == null) {
            return null;
        }
        try {
            return Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidField("severity", "severity must be one of "
                    + Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
            return null;
        }
    }

    private ReportSort sortOf(List<InvalidField> errors) {
        if (blankToNull(sort) == null) {
            return ReportSort.STARTED_AT;
        }
        ReportSort known = SORTS.get(sort.strip());
        if (known == null) {
            errors.add(new InvalidField("sort",
                    "sort must be one of " + String.join(", ", SORTS.keySet().stream().sorted().toList()) + "."));
            return ReportSort.STARTED_AT;
        }
        return known;
    }

    private boolean ascendingOf(List<InvalidField> errors) {
        if (blankToNull(order) == null) {
            return false;
        }
        return switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> {
                errors.add(new InvalidField("order", "order must be asc or desc."));
                yield false;
            }
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
