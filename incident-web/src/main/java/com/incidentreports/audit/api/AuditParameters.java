package com.incidentreports.audit.api;

import com.incidentreports.audit.AuditFilter;
import com.incidentreports.identity.SecurityEvent;
import com.incidentreports.platform.api.PageParameters;
import com.incidentreports.platform.api.PageParameters.Page;
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

/** The filter of the audit log, as the client typed it; every mistake, the page's too, is told in one answer. */
public class AuditParameters {

    static final int DEFAULT_SIZE = 50;

    /** What the service is asked, once the parameters are read. */
    record Query(AuditFilter filter, Page page) {
    }

    @QueryParam("type")
    @Parameter(description = "Only entries of this type.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_REFUSED",
                    "SIGN_IN_LOCKED", "SIGN_IN_UNLOCKED", "ROLE_GRANTED", "ROLE_REVOKED", "PERSON_DEACTIVATED",
                    "PERSON_REACTIVATED", "INVITATION_CREATED", "INVITATION_RESENT", "INVITATION_REVOKED",
                    "INVITATION_ACCEPTED", "ACCESS_DENIED", "TOKEN_CREATED", "TOKEN_REVOKED",
                    "CSP_VIOLATION"}))
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

    /** The filter and page, checked; 400 with every broken rule if any is wrong. */
    Query read(PageParameters paging) {
        List<InvalidField> errors = new ArrayList<>();
        AuditFilter filter = new AuditFilter(typeOf(errors), person,
                QueryParameters.instantOrDate("from", from, false, errors),
                QueryParameters.instantOrDate("to", to, true, errors));
        Page page = paging.page(DEFAULT_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors);
        }
        return new Query(filter, page);
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
