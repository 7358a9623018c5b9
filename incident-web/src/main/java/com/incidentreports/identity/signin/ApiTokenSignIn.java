package com.incidentreports.identity.signin;

import com.incidentreports.identity.Access;
import com.incidentreports.identity.AccessCache;
import com.incidentreports.identity.ApiTokenCache;
import com.incidentreports.identity.ApiTokenHolder;
import com.incidentreports.identity.TokenSecret;
import com.incidentreports.identity.SignInPath;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A call to the REST API with a personal API token ({@code Authorization: Bearer irt_…}): the token must be known,
 * not revoked, not expired, and its owner's account active; the call then has the owner's roles.
 */
@ApplicationScoped
public class ApiTokenSignIn {

    /** Request attribute naming the token a call signed in with: some things a token may not do (make tokens). */
    public static final String TOKEN_ID = ApiTokenSignIn.class.getName() + ".tokenId";

    @Inject
    private Clock clock;

    /** What became of a presented token: the call signs in as {@link Admitted}, or is {@link Refused} with why. */
    public sealed interface Outcome permits Admitted, Refused {
    }

    public record Admitted(long tokenId, String username, Set<String> roles) implements Outcome {
    }

    public record Refused(String detail) implements Outcome {
    }

    @EJB
    private ApiTokenCache tokens;

    @EJB
    private AccessCache accesses;

    @Inject
    private RoleMapping roleMapping;

    @Inject
    private RegistryIdentityStore registry;

    public Outcome check(String presented) {
        if (!TokenSecret.API.isWellFormed(presented)) {
            return new Refused("The bearer token is not a personal API token of Incident Reports: those start with "
                    + TokenSecret.API.prefix() + ". Create one on your profile page.");
        }
        Optional<ApiTokenHolder> holder = tokens.holderOf(presented);
        if (holder.isEmpty()) {
            return new Refused("This API token is not known. Create one on your profile page.");
        }
        Instant now = clock.instant();
        if (holder.get().revoked()) {
            return new Refused("This API token has been revoked. Create a new one on your profile page.");
        }
        if (holder.get().isExpiredAt(now)) {
            return new Refused("This API token expired at " + holder.get().expiresAt()
                    + ". Create a new one on your profile page.");
        }
        Optional<Access> access = accesses.of(holder.get().username()).filter(Access::active);
        if (access.isEmpty()) {
            return new Refused("The account this API token belongs to has been deactivated.");
        }
        return new Admitted(holder.get().tokenId(), holder.get().username(), roles(access.get()));
    }

    /**
     * The roles of the token's owner: from the groups of their last single sign-on; for an account of the local
     * registry, from the groups the registry gives them now, as HTTP Basic would.
     */
    Set<String> roles(Access access) {
        return access.signInPath() == SignInPath.SSO ? roleMapping.roles(access)
                : roleMapping.roles(SignInPath.LOCAL, registry.groupsOf(access.username()), access);
    }
}
