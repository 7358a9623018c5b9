package com.incidentreports.identity.web;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the sign-in page, kept in their HTTP session. */
record SignedIn(String username, Set<String> groups) implements Serializable {
}
