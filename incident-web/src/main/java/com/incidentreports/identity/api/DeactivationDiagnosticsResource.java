package com.incidentreports.identity.api;

import com.incidentreports.identity.AccountDeactivation;
import com.incidentreports.platform.api.Problem;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.web.SqlStatementLog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Deactivates and reactivates accounts (admins), for tests of what a deactivation ends; only while diagnostics are
 * switched on. People are deactivated on the people pages.
 */
@Path("diagnostics/people/{username}/deactivated")
@RequestScoped
@Tag(name = "Diagnostics", description = "What requests cost; only while diagnostics are switched on.")
public class DeactivationDiagnosticsResource {

    @Inject
    private SqlStatementLog diagnostics;

    @EJB
    private AccountDeactivation deactivation;

    @PUT
    @Operation(summary = "Deactivates an account", description = "Admins only.")
    @APIResponse(responseCode = "204", description = "Deactivated.")
    @APIResponse(responseCode = "404", description = "Diagnostics are switched off, or there is no such person.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deactivate(@PathParam("username") String username) {
        switchedOn();
        deactivation.deactivate(username);
    }

    @DELETE
    @Operation(summary = "Reactivates an account", description = "Admins only.")
    @APIResponse(responseCode = "204", description = "Reactivated.")
    @APIResponse(responseCode = "404", description = "Diagnostics are switched off, or there is no such person.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void reactivate(@PathParam("username") String username) {
        switchedOn();
        deactivation.reactivate(username);
    }

    private void switchedOn() {
        if (!diagnostics.isEnabled()) {
            throw ProblemException.notFound("Diagnostics are switched off.");
        }
    }
}
