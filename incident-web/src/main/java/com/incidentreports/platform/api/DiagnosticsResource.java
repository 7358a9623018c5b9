package com.incidentreports.platform.api;

import com.incidentreports.platform.web.SqlStatementLog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a request cost, for tests and benchmarks. Answers only while diagnostics are switched on. */
@Path("diagnostics")
@RequestScoped
@Tag(name = "Diagnostics", description = "What requests cost; only while diagnostics are switched on.")
public class DiagnosticsResource {

    @Inject
    private SqlStatementLog log;

    @GET
    @Path("sql-statements/{diagnosticsId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSqlStatements", summary = "Tells how many SQL statements a request cost",
            description = "The request must have sent the header " + SqlStatementLog.HEADER
                    + " with this id. The last " + SqlStatementLog.CAPACITY + " such requests are remembered.")
    @APIResponse(responseCode = "200", description = "The number of statements.")
    @APIResponse(responseCode = "404", description = "Diagnostics are off, or no request sent this id.")
    public SqlStatements sqlStatements(@PathParam("diagnosticsId") String diagnosticsId) {
        return log.statementsOf(diagnosticsId)
                .map(SqlStatements::new)
                .orElseThrow(() -> ProblemException.notFound("No request with the diagnostics id " + diagnosticsId
                        + " was recorded, or diagnostics are switched off."));
    }

    /** The number of SQL statements one request cost. */
    public record SqlStatements(int statements) {
    }
}
