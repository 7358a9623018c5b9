package com.incidentreports.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An invitation as the admin pages and the API show it; {@code status} is as of when it was read. */
public record InvitationView(long id, String email, List<String> roles, String invitedBy, Instant createdAt,
                             Instant expiresAt, Instant lastSentAt, InvitationStatus status, String acceptedBy,
                             Instant acceptedAt, Instant revokedAt, long version) implements Serializable {

    public InvitationView {
        roles = List.copyOf(roles);
    }

    static InvitationView of(Invitation invitation, Instant now) {
        return new InvitationView(invitation.getId(), invitation.getEmail(),
                Roles.ALL.stream().filter(invitation.getRoles()::contains).toList(),
                invitation.getInvitedBy().getUsername(), invitation.getCreatedAt(), invitation.getExpiresAt(),
                invitation.getLastSentAt(), invitation.statusAt(now),
                invitation.getAcceptedBy().map(User::getUsername).orElse(null), invitation.getAcceptedAt(),
                invitation.getRevokedAt(), invitation.getVersion());
    }
}
