package com.incidentreports.discussion.api;

import com.incidentreports.discussion.CommentRevisionView;
import com.incidentreports.discussion.CommentView;
import com.incidentreports.discussion.DiscussionService;
import com.incidentreports.discussion.LikeService;
import com.incidentreports.discussion.LikeSummary;
import com.incidentreports.platform.api.Versions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * One comment: read, change, delete, like, its earlier versions, and hiding by admins. The rules belong to
 * {@link DiscussionService} and {@link LikeService}; this class translates between HTTP and the service.
 */
@Path("comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG, description = ApiDocs.TAG_DESCRIPTION)
public class CommentResource {

    private static final String ID = "{id}";

    @EJB
    private DiscussionService discussions;

    @EJB
    private LikeService likes;

    @GET
    @Path(ID)
    @Operation(operationId = "getComment",
            summary = "Reads a comment", description = "A removed comment has no body: only its place.")
    @APIResponse(responseCode = "200", description = "The comment. ETag is its version: send it back in If-Match "
            + "to change it.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        return Versions.ok(discussions.comment(id), CommentView::version);
    }

    @PUT
    @Path(ID)
    @Operation(operationId = "updateComment", summary = "Changes the caller's own comment",
            description = "Replaces its text; the text it had stays readable at /revisions and the comment shows "
                    + "as edited. If-Match must hold the ETag of the version changed. Admins may hide comments, "
                    + "not change them.")
    @APIResponse(responseCode = "200", description = "The comment as saved, with its new ETag.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "The text is empty or too long, or the comment was removed.")
    @APIResponse(responseCode = "403", description = "Someone else wrote the comment.")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", description = "The comment changed since the version in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The ETag of the version the change was made to.",
                                   required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CommentInput input) {
        return Versions.change("comment", ifMatch,
                version -> discussions.edit(id, version, input == null ? null : input.body()), CommentView::version);
    }

    @DELETE
    @Path(ID)
    @Operation(operationId = "deleteComment", summary = "Deletes the caller's own comment",
            description = "A placeholder keeps its place, so that replies to it still make sense.")
    @APIResponse(responseCode = "204", description = "Deleted, or it already was.")
    @APIResponse(responseCode = "403", description = "Someone else wrote the comment.")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public Response delete(@PathParam("id") long id) {
        discussions.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path(ID + "/revisions")
    @Operation(operationId = "listCommentRevisions",
            summary = "Lists the earlier versions of an edited comment", description = "Newest first; anyone "
            + "who can see the comment can read them. None once the comment is removed.")
    @APIResponse(responseCode = "200", description = "The earlier versions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CommentRevisionView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public List<CommentRevisionView> revisions(@PathParam("id") long id) {
        return discussions.revisions(id);
    }

    @PUT
    @Path(ID + "/hidden")
    @Operation(operationId = "hideComment",
            summary = "Hides a comment (admins)", description = "Nobody sees its text any more; the reason is "
            + "shown in its place and kept, with who hid it and when.")
    @APIResponse(responseCode = "200", description = "The comment as it is shown now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing or too long.")
    @APIResponse(responseCode = "403", description = "The caller is not an admin.")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public CommentView hide(@PathParam("id") long id, HideInput input) {
        return discussions.hide(id, input == null ? null : input.reason());
    }

    @PUT
    @Path(ID + "/like")
    @Operation(operationId = "likeComment",
            summary = "Likes a comment", description = "Once per person; liking again changes nothing. Nobody "
            + "likes their own comment.")
    @APIResponse(responseCode = "200", description = "The comment's likes now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LikeSummary.class)))
    @APIResponse(responseCode = "400", description = "The caller wrote the comment, or it was removed.")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public LikeSummary like(@PathParam("id") long id) {
        return likes.likeComment(id, true);
    }

    @DELETE
    @Path(ID + "/like")
    @Operation(operationId = "unlikeComment",
            summary = "Takes back the caller's like of a comment", description = "Nothing changes if there "
            + "was none.")
    @APIResponse(responseCode = "200", description = "The comment's likes now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LikeSummary.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public LikeSummary unlike(@PathParam("id") long id) {
        return likes.likeComment(id, false);
    }
}
