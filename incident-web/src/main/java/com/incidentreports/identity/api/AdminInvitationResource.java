package com.incidentreports.identity.api;

import com.incidentreports.identity.InvitationService;
import com.incidentreports.identity.InvitationStatus;
import com.incidentreports.identity.InvitationView;
import com.incidentreports.identity.NewInvitation;
import com.incidentreports.platform.api.Problem;
import com.incidentreports.platform.api.ProblemException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Invitations (admins): list, invite, send again, revoke. The rules belong to {@link InvitationService}. */
@Path("admin/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = AdminApiDocs.TAG, description = AdminApiDocs.TAG_DESCRIPTION)
public class AdminInvitationResource {

    @EJB
    private InvitationService invitations;

    @GET
    @Operation(operationId = "listInvitations", summary = "Lists invitations", description = "Newest first, at most "
            + InvitationService.LIST_MAX + ". status: PENDING, ACCEPTED, REVOKED or EXPIRED; all without it.")
    @APIResponse(responseCode = "200", description = "The invitations.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = InvitationView.class)))
    @APIResponse(responseCode = "400", description = "status is not one of the four.")
    @APIResponse(responseCode = "403", description = AdminApiDocs.FORBIDDEN)
    public List<InvitationView> list(@Parameter(description = "PENDING, ACCEPTED, REVOKED or EXPIRED")
                                     @QueryParam("status") String status) {
        return invitations.list(status(status));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInvitation", summary = "Reads an invitation")
    @APIResponse(responseCode = "200", description = "The invitation.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", description = "No such invitation.")
    public InvitationView get(@PathParam("id") long id) {
        return invitations.get(id);
    }

    @POST
    @Operation(operationId = "createInvitation", summary = "Invites someone by email with roles",
            description = "The first sign-in (single sign-on or local) whose verified email is this address gets "
                    + "the roles (AUTHOR, QA_LEAD, ADMIN), once. They are emailed a link to the sign-in page.")
    @APIResponse(responseCode = "201", description = "The invitation; Location is its address.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "400", description = "The address or the roles are missing or wrong, or the "
            + "address already has an open invitation.")
    @APIResponse(responseCode = "403", description = AdminApiDocs.FORBIDDEN)
    public Response create(InvitationInput input, @Context UriInfo uriInfo) {
        InvitationView created = invitations.invite(new NewInvitation(input == null ? null : input.email(),
                input == null || input.roles() == null ? null : new HashSet<>(input.roles())));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{id}/resend")
    @Operation(operationId = "resendInvitation",
            summary = "Sends an invitation again", description = "A pending or expired invitation is emailed "
            + "again and stays open for the full time from now.")
    @APIResponse(responseCode = "200", description = "The invitation now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", description = "No such invitation.")
    @APIResponse(responseCode = "409", description = "It was accepted or revoked, or a newer one is open.")
    public InvitationView resend(@PathParam("id") long id) {
        return invitations.resend(id);
    }

    @POST
    @Path("{id}/revoke")
    @Operation(operationId = "revokeInvitation",
            summary = "Revokes an invitation", description = "Signing in with the address then grants nothing.")
    @APIResponse(responseCode = "200", description = "The invitation now.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", description = "No such invitation.")
    @APIResponse(responseCode = "409", description = "It was already accepted or revoked.")
    public InvitationView revoke(@PathParam("id") long id) {
        return invitations.revoke(id);
    }

    private static InvitationStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InvitationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidInput(List.of(new Problem.InvalidField("status",
                    "Use PENDING, ACCEPTED, REVOKED or EXPIRED.")));
        }
    }
}
