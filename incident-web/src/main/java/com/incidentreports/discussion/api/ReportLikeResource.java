package com.incidentreports.discussion.api;

import com.incidentreports.discussion.LikeService;
import com.incidentreports.discussion.LikeSummary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's like of a report. */
@Path("reports/{id}/like")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG, description = ApiDocs.TAG_DESCRIPTION)
public class ReportLikeResource {

    @EJB
    private LikeService likes;

    @PUT
    @Operation(operationId = "likeReport",
            summary = "Likes a report", description = "Once per person; liking again changes nothing. Its "
            + "authors cannot like it.")
    @APIResponse(responseCode = "200", description = "The report's likes now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LikeSummary.class)))
    @APIResponse(responseCode = "400", description = "The caller wrote the report.")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public LikeSummary like(@PathParam("id") long reportId) {
        return likes.likeReport(reportId, true);
    }

    @DELETE
    @Operation(operationId = "unlikeReport",
            summary = "Takes back the caller's like of a report", description = "Nothing changes if there "
            + "was none.")
    @APIResponse(responseCode = "200", description = "The report's likes now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LikeSummary.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public LikeSummary unlike(@PathParam("id") long reportId) {
        return likes.likeReport(reportId, false);
    }
}
