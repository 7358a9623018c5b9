package com.incidentreports.identity;

import java.io.Serializable;
import java.time.Instant;

/** Whose a presented token is, and whether it still works: what a sign-in with the token needs to know. */
public record ApiTokenHolder(long tokenId, String username, Instant expiresAt, boolean revoked)
        implements Serializable {

    public boolean isExpiredAt(Instant now) {
        return ApiToken.isExpiredAt(expiresAt, now);
    }
}
