package com.incidentreports.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Instant;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;

/**
 * The test server's one clock, through its diagnostics: a test registers this extension, stands the clock at a
 * moment of its choosing, and after each test the clock shows the real time again, whatever the test did. Stand in
 * the past, at a moment no other test chooses: what is written while the clock stands ahead (audit entries, comments)
 * would be the newest of everything for the tests that come after.
 */
public final class ServerClock implements AfterEachCallback {

    private static final String CLOCK = "/api/v1/diagnostics/clock";

    /** Every service and timer of the server reads {@code moment} from now until the test ends. */
    public void standAt(Instant moment) {
        assertStatus(204, Server.as(DemoUser.ADMIN).send("PUT", CLOCK + "?at=" + moment));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertStatus(204, Server.as(DemoUser.ADMIN).send("DELETE", CLOCK));
    }
}
