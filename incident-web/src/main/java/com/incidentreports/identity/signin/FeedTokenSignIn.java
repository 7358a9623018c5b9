package com.incidentreports.identity.signin;

import com.incidentreports.identity.Access;
import com.incidentreports.identity.AccessCache;
import com.incidentreports.identity.FeedTokenService;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * A feed reader reading a feed with its person's feed token ({@code ?feed_token=irf_…}): the token must be known
 * (not replaced by a reset) and its owner's account active; the request then reads as the owner, with their roles.
 * The sign-in mechanism asks this only for the feeds: anywhere else a feed token signs nobody in.
 */
@ApplicationScoped
public class FeedTokenSignIn {

    /** The query parameter that carries the token, named as GitLab names its own. */
    public static final String PARAMETER = "feed_token";

    @EJB
    private FeedTokenService tokens;

    @EJB
    private AccessCache accesses;

    @Inject
    private ApiTokenSignIn apiTokens;

    public ApiTokenSignIn.Outcome check(String presented) {
        Optional<String> username = tokens.holderOf(presented);
        if (username.isEmpty()) {
            return new ApiTokenSignIn.Refused("This feed token is not known, or it has been reset. Copy the feed's "
                    + "address again from your profile page.");
        }
        Optional<Access> access = accesses.of(username.get()).filter(Access::active);
        if (access.isEmpty()) {
            return new ApiTokenSignIn.Refused("The account this feed token belongs to has been deactivated.");
        }
        return new ApiTokenSignIn.Admitted(0, username.get(), apiTokens.roles(access.get()));
    }
}
