package com.incidentreports.action.api;

import com.incidentreports.action.ActionBoard;
import com.incidentreports.action.ActionPage;
import com.incidentreports.action.ActionService;
import com.incidentreports.action.ActionView;
import com.incidentreports.identity.api.Idempotency;
import com.incidentreports.platform.api.Problem;
import com.incidentreports.platform.api.SortedPageParameters;
import com.incidentreports.platform.api.Versions;
import com.incidentreports.servicelog.ServiceCatalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Follow-up actions across reports: the paged list behind My actions and the board, its CSV export, one action,
 * its changes and its moves from status to status.
 */
@Path("actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ActionResource.TAG, description = ActionResource.TAG_DESCRIPTION)
public class ActionResource {

    static final String TAG = "Actions";
    static final String TAG_DESCRIPTION = "Follow-up actions of reports, tracked until verified.";
    static final String NOT_FOUND = "No such report or action, or it is on a draft the caller cannot see.";
    static final String CSV = "text/csv";

    private static final String ID = "{id}";

    @EJB
    private ActionService actions;

    @EJB
    private ActionBoard board;

    @EJB
    private ServiceCatalog services;

    @Inject
    private Idempotency idempotency;

    @Inject
    @ConfigProperty(name = "incidents.base-url", defaultValue = "http://localhost:9080")
    private String baseUrl;

    @GET
    @Operation(operationId = "listActions",
            summary = "Lists actions", description = "The actions of every report the caller can see, one page "
            + "at a time (" + ActionListParameters.DEFAULT_SIZE + " by default). sort: dueDate (the default, overdue "
            + "first), title, status, priority, type, owner, service or createdAt; order: asc by default.")
    @APIResponse(responseCode = "200", description = "A page of actions and the total number that match.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionList.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is not valid; errors lists which.")
    public ActionList list(@BeanParam ActionListParameters parameters, @BeanParam SortedPageParameters paging) {
        ActionListQuery query = parameters.read(paging, services);
        ActionPage page = board.search(query.filter(), query.sorting().by(), query.sorting().ascending(),
                query.page().first(), query.page().size());
        return new ActionList(page.rows(), page.total(), query.page().first(), query.page().size());
    }

    @GET
    @Path("export")
    @Produces({CSV, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportActions",
            summary = "Exports actions as CSV", description = "Every action that matches the filter (the "
            + "parameters of the list; first and size are ignored), streamed as RFC 4180 CSV with a header line.")
    @APIResponse(responseCode = "200", description = "The actions as CSV.",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A query parameter is not valid; errors lists which.")
    public Response export(@BeanParam ActionListParameters parameters, @BeanParam SortedPageParameters paging) {
        ActionListQuery query = parameters.read(paging, services);
        StreamingOutput csv = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            ActionCsv rows = new ActionCsv(writer, baseUrl);
            board.export(query.filter(), query.sorting().by(), query.sorting().ascending(), rows);
            rows.flush();
        };
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"actions.csv\"")
                .build();
    }

    @GET
    @Path(ID)
    @Operation(operationId = "getAction",
            summary = "Reads an action", description = "With its history: every change of status, owner and due "
            + "date, who made it and when.")
    @APIResponse(responseCode = "200", description = "The action. ETag is its version: send it back in If-Match to "
            + "change it.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        return Versions.ok(actions.get(id), ActionView::version);
    }

    @PUT
    @Path(ID)
    @Operation(operationId = "updateAction",
            summary = "Changes an action", description = "Its title, description, type, priority, due date and "
            + "owner. If-Match must hold the ETag of the version the change was made to. QA leads and admins change "
            + "any action and assign owners; the report's authors change their proposals until assigned.")
    @APIResponse(responseCode = "200", description = "The action as saved, with its new ETag.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "The action breaks a rule; errors lists each field.")
    @APIResponse(responseCode = "403", description = "The caller may not change this action or assign it.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "412", description = "Someone changed the action since the version in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The ETag of the version the change was made to.", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ActionInput input) {
        return Versions.change("action", ifMatch,
                version -> actions.update(id, version, input == null ? null : input.toDraft()), ActionView::version);
    }

    @POST
    @Path(ID + "/transitions")
    @Operation(operationId = "moveAction",
            summary = "Moves an action to another status", description = "The owner (or a QA lead) moves it "
            + "OPEN → IN_PROGRESS → DONE (with evidence links and a note); a QA lead moves DONE to VERIFIED, or "
            + "reopens it (OPEN) with a note. WONT_DO_REQUESTED (owner, with a reason) and WONT_DO (QA lead) end it. "
            + "If-Match is optional here; when sent, it must be the current version.")
    @APIResponse(responseCode = "200", description = "The action after the move, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "The move lacks what it needs; errors lists each field.")
    @APIResponse(responseCode = "403", description = "The caller may not make this move.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "No such move from the current status; detail names the "
            + "statuses it can go to.")
    @APIResponse(responseCode = "412", description = "Someone changed the action since the version in If-Match.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent with another request.")
    public Response transition(@PathParam("id") long id,
                               @Parameter(description = "Optional: the ETag of the version the move was made to.")
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Parameter(description = Idempotency.HEADER_DESCRIPTION)
                               @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                               TransitionInput input, @Context UriInfo uriInfo) {
        return idempotency.once(idempotencyKey, uriInfo, input, () -> ifMatch == null
                ? Versions.ok(actions.transition(id, input == null ? null : input.toTransition(null)),
                        ActionView::version)
                : Versions.change("action", ifMatch,
                        version -> actions.transition(id, input == null ? null : input.toTransition(version)),
                        ActionView::version));
    }
}
