package com.incidentreports.identity;

import java.io.Serializable;

/** A token just created, with its secret: the one time the secret is ever shown. */
public record NewApiToken(ApiTokenView token, String secret) implements Serializable {
}
