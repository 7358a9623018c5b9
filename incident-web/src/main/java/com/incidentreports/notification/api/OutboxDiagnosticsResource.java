package com.incidentreports.notification.api;

import com.incidentreports.notification.OutboxDiagnostics;
import com.incidentreports.notification.OutboxDiagnostics.OutboxMailState;
import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.web.SqlStatementLog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The email outbox as tests of a mail server outage read it; only while diagnostics are switched on. */
@Path("diagnostics/mail-outbox")
@RequestScoped
@Tag(name = "Diagnostics", description = "What requests cost; only while diagnostics are switched on.")
public class OutboxDiagnosticsResource {

    @Inject
    private SqlStatementLog diagnostics;

    @EJB
    private OutboxDiagnostics outbox;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOutboxMail", summary = "The emails of the outbox to one address",
            description = "Oldest first: subject, attempts, whether it was sent, whether it waits for another "
                    + "attempt, and the last error.")
    @APIResponse(responseCode = "200", description = "The emails to that address.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OutboxMailState.class)))
    @APIResponse(responseCode = "400", description = "recipient is missing.")
    @APIResponse(responseCode = "404", description = "Diagnostics are switched off.")
    public List<OutboxMailState> to(@QueryParam("recipient") String recipient) {
        requireDiagnostics();
        if (recipient == null || recipient.isBlank()) {
            throw ProblemException.invalidInput(List.of(new InvalidField("recipient",
                    "recipient must be an email address.")));
        }
        return outbox.to(recipient.strip());
    }

    @POST
    @Path("retry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retryOutboxMail", summary = "Sends the emails that wait for another attempt now",
            description = "Instead of after their wait (1, 2, 4 … 60 minutes); the outbox sends each once.")
    @APIResponse(responseCode = "200", description = "How many emails were waiting.",
            content = @Content(schema = @Schema(implementation = Retried.class)))
    @APIResponse(responseCode = "404", description = "Diagnostics are switched off.")
    public Retried retry() {
        requireDiagnostics();
        return new Retried(outbox.retryNow());
    }

    /** How many emails waited for another attempt and are due now. */
    public record Retried(int waiting) {
    }

    private void requireDiagnostics() {
        if (!diagnostics.isEnabled()) {
            throw ProblemException.notFound("Diagnostics are switched off.");
        }
    }
}
