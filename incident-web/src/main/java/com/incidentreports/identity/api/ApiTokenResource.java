package com.incidentreports.identity.api;

import com.incidentreports.identity.ApiTokenService;
import com.incidentreports.identity.ApiTokenView;
import com.incidentreports.identity.NewApiToken;
import com.incidentreports.identity.signin.ApiTokenSignIn;
import com.incidentreports.platform.ForbiddenException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Your personal API tokens, as on the profile page. A call signed in with a token may list and revoke tokens but
 * not create one: a token must not be able to outlive its own expiry by making another.
 */
@Path("me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity", description = "Who is calling, and their personal API tokens.")
public class ApiTokenResource {

    @EJB
    private ApiTokenService tokens;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(operationId = "listApiTokens",
            summary = "Lists your API tokens", description = "Those not revoked, newest first; never a secret.")
    @APIResponse(responseCode = "200", description = "Your tokens.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ApiTokenView.class)))
    @APIResponse(responseCode = "401", description = "The caller is not signed in.")
    public List<ApiTokenView> mine() {
        return tokens.mine();
    }

    @POST
    @Operation(operationId = "createApiToken", summary = "Creates an API token",
            description = "The answer holds the secret, this once; only its hash is kept. Send it as "
                    + "Authorization: Bearer <secret>. Not with a token: sign in otherwise.")
    @APIResponse(responseCode = "201", description = "The new token and its secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NewApiToken.class)))
    @APIResponse(responseCode = "400", description = "No name, too long a name, or an expiry in the past.")
    @APIResponse(responseCode = "403", description = "The call was made with a token.")
    public Response create(ApiTokenInput input, @Context UriInfo uriInfo) {
        if (request.getAttribute(ApiTokenSignIn.TOKEN_ID) != null) {
            throw new ForbiddenException("A token cannot create tokens; create them on your profile page.");
        }
        NewApiToken created = input == null ? tokens.create(null, null) : tokens.create(input.name(),
                input.expiresAt());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.token().id())).build())
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiToken",
            summary = "Revokes one of your API tokens", description = "It stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "You have no token with this id.")
    public void revoke(@PathParam("id") long id) {
        tokens.revoke(id);
    }
}
