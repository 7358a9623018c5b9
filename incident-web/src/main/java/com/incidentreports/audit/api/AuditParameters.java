package com.incidentreports.audit.api;

import com.incidentreports.audit.AuditFilter;
import com.incidentreports.identity.SecurityEvent;
import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.api.QueryParameters;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The query parameters of the audit log, as the client typed them; every mistake is told in one answer. */
public class AuditParameters {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 100;

    /** What the service is asked, once the parameters are read. */
    record Query(AuditFilter filter, int first, int size) {
    }

    @QueryParam("type")
    @Parameter(description = "Only entries of this type.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_REFUSED",
                    "ROLE_GRANTED", "ROLE_REVOKED", "PERSON_DEACTIVATED", "PERSON_REACTIVATED", "INVITATION_CREATED",
                    "INVITATION_RESENT", "INVITATION_REVOKED", "INVITATION_ACCEPTED", "ACCESS_DENIED"}))
    private String type;

    @QueryParam("person")
    @Parameter(description = "Only entries where this username (or invited email address) is the actor or the "
            + "subject.")
    private String person;

    @QueryParam("from")
    @Parameter(description = "Only entries at or after this instant (2026-05-01T10:00:00Z) or the start of this "
            + "date in UTC (2026-05-01).")
    private String from;

    @QueryParam("to")
    @Parameter(description = "Only entries before this instant, or on or before this date in UTC.")
    private String to;

    @QueryParam("first")
    @Parameter(description = "How many matching entries to skip; 0 by default.")
    private String first;

    @QueryParam("size")
    @Parameter(description = "How many entries to return: 1 to " + MAX_SIZE + ", " + DEFAULT_SIZE + " by default.")
    private String size;

    Query read() {
        List<InvalidField> errors = new ArrayList<>();
        AuditFilter filter = new AuditFilter(typeOf(errors), person,
                QueryParameters.instantOrDate("from", from, false, errors),
                QueryParameters.instantOrDate("to", to, true, errors));
        int skip = QueryParameters.wholeNumber("first", first, 0, 0, Integer.MAX_VALUE,
                "first must be a whole number of 0 or more.", errors);
        int pageSize = QueryParameters.wholeNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE,
                "size must be a whole number from 1 to " + MAX_SIZE + ".", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors);
        }
        return new Query(filter, skip, pageSize);
    }

    private SecurityEvent.Type typeOf(List<InvalidField> errors) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return SecurityEvent.Type.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidField("type", "type must be one of " + Arrays.stream(SecurityEvent.Type.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + "."));
            return null;
        }
    }
}
