package com.incidentreports.identity.api;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Whether a person's password sign-ins are locked after too many wrong passwords; lockedUntil is always sent. */
@JsonbNillable
@Schema(name = "SignInLock")
public record SignInLockView(
        @Schema(description = "The person's username.")
        String username,
        @Schema(description = "When the lock ends; null when the account is not locked.", nullable = true)
        Instant lockedUntil) {
}
