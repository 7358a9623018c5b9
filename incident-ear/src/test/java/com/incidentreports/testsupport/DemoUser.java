package com.incidentreports.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The demo accounts of the server's user registry, one per role; every one has the password "demo". */
public enum DemoUser {
    /** Reads published reports; writes nothing. */
    STAFF("staff"),
    /** Writes reports and opens service logs. */
    AUTHOR("author"),
    /** A QA lead: staff who is not an author. */
    QA_LEAD("qalead"),
    /** May change every report; also an author and a QA lead. */
    ADMIN("admin");

    private final String username;

    DemoUser(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }

    public String password() {
        return "demo";
    }

    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password()).getBytes(StandardCharsets.UTF_8));
    }
}
