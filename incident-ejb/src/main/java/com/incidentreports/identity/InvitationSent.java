package com.incidentreports.identity;

import java.time.Instant;
import java.util.Set;

/** An admin invited someone by email, or sent an invitation again: the invitee is to get an email of it. */
public record InvitationSent(long invitationId, String email, String invitedBy, Set<String> roles,
                             Instant expiresAt) {
}
