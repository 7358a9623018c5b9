package com.incidentreports.identity;

/** Fired (as a CDI event) when a token is revoked, so that no server keeps letting it in from its cache. */
public record ApiTokenRevoked(String secretHash) {
}
