package com.incidentreports.identity.signin;

import com.incidentreports.identity.SignInPath;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in, kept in their HTTP session: how they signed in, the roles they have and the version of their
 * access record these roles were worked out from.
 */
record SignedIn(String username, SignInPath path, Set<String> roles, long accessVersion) implements Serializable {
}
