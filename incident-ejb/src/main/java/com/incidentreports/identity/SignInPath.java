package com.incidentreports.identity;

/** How a person proved who they are: the local sign-in form or HTTP Basic, or the company's identity provider. */
public enum SignInPath {
    LOCAL,
    SSO
}
