package com.incidentreports.identity;

import java.io.Serializable;
import java.time.Instant;

/** A personal API token as its owner sees it in their list: never its secret, only its first characters. */
public record ApiTokenView(long id, String name, String hint, Instant createdAt, Instant lastUsedAt,
                           Instant expiresAt) implements Serializable {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.getId(), token.getName(), token.getSecretHint(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getExpiresAt());
    }

    public boolean isExpiredAt(Instant now) {
        return ApiToken.isExpiredAt(expiresAt, now);
    }
}
