package com.incidentreports.report.api;

import com.incidentreports.platform.api.PageParameters.Page;
import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.api.QueryParameters;
import com.incidentreports.platform.api.SortedPageParameters;
import com.incidentreports.platform.api.SortedPageParameters.Sorting;
import com.incidentreports.report.ReportSort;
import com.incidentreports.report.Severity;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.api.ServiceInQuery;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The filter of the report list, as the client typed it. {@link #read} checks it with the page and order asked for,
 * all at once, so the client learns every mistake from one answer.
 */
public class ReportListParameters {

    static final int DEFAULT_SIZE = 20;

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

    /** The filter, page and order, checked; 400 with every broken rule if any is wrong. */
    ReportListQuery read(SortedPageParameters paging, ServiceCatalog services) {
        List<InvalidField> errors = new ArrayList<>();
        Long serviceId = ServiceInQuery.idOf("service", service, services, errors);
        Severity wanted = severityOf(errors);
        Instant start = QueryParameters.instantOrDate("from", from, false, errors);
        Instant end = QueryParameters.instantOrDate("to", to, true, errors);
        Page page = paging.page(DEFAULT_SIZE, errors);
        Sorting<ReportSort> sorting = paging.sorting(ReportSort.class, ReportSort.STARTED_AT, false, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors);
        }
        return new ReportListQuery(serviceId, wanted, start, end,
                words == null || words.isBlank() ? null : words.strip(), page, sorting);
    }

    private Severity severityOf(List<InvalidField> errors) {
        if (severity == null || severity.isBlank()) {
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
}
