package com.incidentreports.identity.api;

import com.incidentreports.identity.FeedTokenService;
import com.incidentreports.identity.FeedTokenView;
import com.incidentreports.identity.signin.ApiTokenSignIn;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.api.ProblemException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Your feed token, as on the profile page: for feed readers, in a feed's address ({@code ?feed_token=}); it reads
 * the feeds and nothing else. Resetting it is not for a call made with an API token, as making tokens is not.
 */
@Path("me/feed-token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class FeedTokenResource {

    /** A feed token just made: its secret, this once, and the token as the profile shows it. */
    public record NewFeedToken(String secret, FeedTokenView token) {
    }

    @EJB
    private FeedTokenService tokens;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(operationId = "getFeedToken", summary = "Reads your feed token",
            description = "When it was made and its first characters; never the secret.")
    @APIResponse(responseCode = "200", description = "Your feed token.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedTokenView.class)))
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "404", description = "You have no feed token yet.")
    public FeedTokenView mine() {
        return tokens.mine().orElseThrow(() -> ProblemException.notFound("You have no feed token yet; POST here "
                + "to make one."));
    }

    @POST
    @Operation(operationId = "resetFeedToken", summary = "Makes or resets your feed token",
            description = "A new secret, in the answer this once; the old token stops working at once. Add it to "
                    + "a feed's address as ?feed_token=<secret>. Not with an API token: sign in otherwise.")
    @APIResponse(responseCode = "200", description = "The new feed token and its secret.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewFeedToken.class)))
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "403", description = "The call was made with an API token.")
    public NewFeedToken reset() {
        if (request.getAttribute(ApiTokenSignIn.TOKEN_ID) != null) {
            throw new ForbiddenException("An API token cannot make feed tokens; reset it on your profile page.");
        }
        String secret = tokens.reset();
        return new NewFeedToken(secret, tokens.mine().orElseThrow());
    }
}
