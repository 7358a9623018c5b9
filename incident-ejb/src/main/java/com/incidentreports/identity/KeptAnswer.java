package com.incidentreports.identity;

/**
 * The answer a request got, kept under its Idempotency-Key to be given again: its status, Location and ETag
 * (null when it had none) and its JSON body.
 */
public record KeptAnswer(int status, String location, String etag, String body) {
}
