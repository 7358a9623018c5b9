package com.incidentreports.discussion.api;

import com.incidentreports.discussion.CommentView;
import com.incidentreports.discussion.Discussion;
import com.incidentreports.discussion.DiscussionService;
import com.incidentreports.identity.api.Idempotency;
import com.incidentreports.platform.api.PageParameters.Page;
import com.incidentreports.platform.api.PageParameters;
import com.incidentreports.platform.api.Versions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The discussion of one report: its comments as threads, one page of top-level comments at a time; new comments. */
@Path("reports/{id}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG, description = ApiDocs.TAG_DESCRIPTION)
public class ReportCommentsResource {

    @EJB
    private DiscussionService discussions;

    @Inject
    private Idempotency idempotency;

    @GET
    @Operation(operationId = "getDiscussion", summary = "Reads a report's discussion",
            description = "A page of top-level comments (" + DiscussionService.PAGE_SIZE + " by default), oldest "
                    + "first, each with all its replies nested under "
                    + "their parents; the report's likes and whether the caller watches it.")
    @APIResponse(responseCode = "200", description = "A page of threads and the number of top-level comments.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Discussion.class)))
    @APIResponse(responseCode = "400", description = "first or size is not valid.")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public Discussion list(@PathParam("id") long reportId, @BeanParam PageParameters paging) {
        Page page = paging.page(DiscussionService.PAGE_SIZE);
        return discussions.discussion(reportId, page.first(), page.size());
    }

    @POST
    @Operation(operationId = "postComment", summary = "Comments on a report, or replies to a comment",
            description = "Anyone who can see the report may. People @mentioned who exist are notified and watch "
                    + "the report from then on; so does the commenter.")
    @APIResponse(responseCode = "201", description = "The comment as saved. Location is its address, ETag its "
            + "version.",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "The address of the new comment.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "The comment is empty, too long, or answers no comment of "
            + "this report; errors says which.")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent with another request.")
    public Response post(@PathParam("id") long reportId,
                         @Parameter(description = Idempotency.HEADER_DESCRIPTION)
                         @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                         CommentInput input, @Context UriInfo uriInfo) {
        return idempotency.once(idempotencyKey, uriInfo, input, () -> {
            CommentView comment = discussions.post(reportId, input == null ? null : input.parentId(),
                    input == null ? null : input.body());
            return Versions.created(uriInfo.getBaseUriBuilder().path("comments").path(Long.toString(comment.id()))
                    .build(), comment, CommentView::version);
        });
    }
}
