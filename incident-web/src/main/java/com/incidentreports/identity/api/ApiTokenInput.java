package com.incidentreports.identity.api;

import com.incidentreports.identity.ApiToken;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A personal API token to create. */
@Schema(name = "ApiTokenInput", description = "A personal API token to create.")
public record ApiTokenInput(
        @Schema(required = true, maxLength = ApiToken.NAME_MAX, example = "Deploy pipeline")
        String name,
        @Schema(description = "When the token stops working, an instant in the future; absent: never.",
                example = "2026-12-31T23:59:59Z")
        Instant expiresAt) {
}
