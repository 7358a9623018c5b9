package com.incidentreports.identity;

import java.io.Serializable;
import java.time.Instant;

/** A person's feed token as their profile shows it: when it was made and its first characters, never the secret. */
public record FeedTokenView(String hint, Instant createdAt) implements Serializable {
}
