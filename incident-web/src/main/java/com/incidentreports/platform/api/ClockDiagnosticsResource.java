package com.incidentreports.platform.api;

import com.incidentreports.platform.ApplicationClock;
import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.web.SqlStatementLog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

/**
 * Sets the application's one clock to a chosen moment, so that a test stands at, say, 2026-05-01 07:00 UTC and proves
 * what the application does then; and back to the real time. Only while diagnostics are switched on (a test
 * server, as for the other diagnostics), and the whole server's clock: a test puts it back when it ends.
 */
@Path("diagnostics/clock")
@RequestScoped
@Tag(name = "Diagnostics", description = "What requests cost; only while diagnostics are switched on.")
public class ClockDiagnosticsResource {

    @Inject
    private SqlStatementLog diagnostics;

    @Inject
    private ApplicationClock clock;

    @PUT
    @Operation(operationId = "stopClock", summary = "Stops the application's clock at a chosen moment",
            description = "From now on every service and timer reads the moment in at (an ISO instant such as "
                    + "2026-05-01T07:00:00Z), until DELETE.")
    @APIResponse(responseCode = "204", description = "The clock stands at that moment.")
    @APIResponse(responseCode = "400", description = "at is not an ISO instant.")
    @APIResponse(responseCode = "404", description = "Diagnostics are switched off.")
    public void standAt(@QueryParam("at") String at) {
        requireDiagnostics();
        try {
            clock.standAt(Instant.parse(at == null ? "" : at.strip()));
        } catch (DateTimeException e) {
            throw ProblemException.invalidInput(List.of(new InvalidField("at",
                    "at must be an ISO instant such as 2026-05-01T07:00:00Z.")));
        }
    }

    @DELETE
    @Operation(operationId = "releaseClock", summary = "Lets the application's clock show the real time again")
    @APIResponse(responseCode = "204", description = "The clock shows the real time.")
    @APIResponse(responseCode = "404", description = "Diagnostics are switched off.")
    public void resume() {
        requireDiagnostics();
        clock.resume();
    }

    private void requireDiagnostics() {
        if (!diagnostics.isEnabled()) {
            throw ProblemException.notFound("Diagnostics are switched off.");
        }
    }
}
