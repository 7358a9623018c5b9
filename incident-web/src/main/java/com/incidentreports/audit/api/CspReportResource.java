package com.incidentreports.audit.api;

import com.incidentreports.platform.api.Problem;
import com.incidentreports.platform.api.ProblemException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;

/**
 * Where browsers report what the Content-Security-Policy of a page blocked ({@code report-uri} and
 * {@code report-to} name it): each report goes to the security audit log, at most one entry a minute for each
 * address ({@link CspViolations}). Open to everyone, as the sign-in page has the policy too.
 */
@Path("csp-reports")
@RequestScoped
@Tag(name = "Platform", description = "The running application: is it up, which build is it.")
public class CspReportResource {

    /** The report-uri form. */
    static final String CSP_REPORT = "application/csp-report";
    /** The Reporting API's form (report-to). */
    static final String REPORTS_JSON = "application/reports+json";
    /** A report is a few hundred bytes; more is not a report. */
    static final int MAX_BYTES = 64 * 1024;

    @Inject
    private CspViolations violations;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes({CSP_REPORT, REPORTS_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "reportCspViolation",
            summary = "Takes a browser's report of content the page's policy blocked",
            description = "The body is what the browser sends: {\"csp-report\": {…}} (report-uri) or a list of "
                    + "reports of type csp-violation (report-to). Each goes to the security audit log "
                    + "(CSP_VIOLATION), at most one entry a minute for each address.")
    @APIResponse(responseCode = "204", description = "Taken.")
    @APIResponse(responseCode = "400", description = "The body is not such a report.")
    @APIResponse(responseCode = "413", description = "The body is larger than a report can be.")
    public Response report(InputStream body) throws IOException {
        List<CspViolation> reported = CspViolation.readAll(read(body));
        if (reported.isEmpty()) {
            throw ProblemException.invalidInput(List.of(new Problem.InvalidField("body",
                    "A CSP violation report: {\"csp-report\": {\"violated-directive\": …}} or "
                            + "[{\"type\": \"csp-violation\", \"body\": {\"effectiveDirective\": …}}].")));
        }
        Principal caller = request.getUserPrincipal();
        reported.forEach(violation -> violations.reported(violation, request.getRemoteAddr(),
                caller == null ? null : caller.getName()));
        return Response.noContent().build();
    }

    private static JsonValue read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readValue();
        }
    }
}
