package com.incidentreports.action.api;

import com.incidentreports.action.ActionService;
import com.incidentreports.action.ActionView;
import com.incidentreports.identity.api.Idempotency;
import com.incidentreports.platform.api.Versions;
import com.incidentreports.report.ReportService;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The follow-up actions of one report: list and create. The rules belong to {@link ActionService}. */
@Path("reports/{reportId}/actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ActionResource.TAG, description = ActionResource.TAG_DESCRIPTION)
public class ReportActionsResource {

    @EJB
    private ActionService actions;

    @EJB
    private ReportService reports;

    @Inject
    private Idempotency idempotency;

    @GET
    @Operation(operationId = "listReportActions",
            summary = "Lists a report's follow-up actions", description = "Oldest first, with what the caller "
            + "may do to each (moves, editable).")
    @APIResponse(responseCode = "200", description = "The actions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
            implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = ActionResource.NOT_FOUND)
    public List<ActionView> list(@PathParam("reportId") long reportId) {
        reports.get(reportId);
        return actions.ofReport(reportId);
    }

    @POST
    @Operation(operationId = "createAction",
            summary = "Creates a follow-up action", description = "The report's authors propose actions (no "
            + "owner); QA leads and admins create them and assign an owner, which opens them. Without dueDate the "
            + "action is due by the default of the report's severity.")
    @APIResponse(responseCode = "201", description = "The action as saved; Location is its address, ETag its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "The action breaks a rule; errors lists each field.")
    @APIResponse(responseCode = "403", description = "The caller may not propose or assign actions on this report.")
    @APIResponse(responseCode = "404", description = ActionResource.NOT_FOUND)
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent with another request.")
    public Response create(@PathParam("reportId") long reportId,
                           @Parameter(description = Idempotency.HEADER_DESCRIPTION)
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           ActionInput input, @Context UriInfo uriInfo) {
        return idempotency.once(idempotencyKey, uriInfo, input, () -> {
            ActionView created = actions.create(reportId, input == null ? null : input.toDraft());
            return Versions.created(uriInfo.getBaseUriBuilder().path("actions").path(Long.toString(created.id()))
                    .build(), created, ActionView::version);
        });
    }
}
