package com.incidentreports.identity.api;

import java.util.List;

/** An invitation to create: {@code {"email": "ana@example.com", "roles": ["AUTHOR"]}}. */
public record InvitationInput(String email, List<String> roles) {
}
