package com.incidentreports.identity;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.SignedInSession;
import com.incidentreports.testsupport.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page of another site (or of another port of this host) cannot make a signed-in browser change anything through
 * the API: the session cookie goes with its request, but the browser tells where the request comes from, and the
 * API refuses it. The application's own pages, and programs with their own credentials, are not affected.
 */
@ApplicationTest
class SameOriginIT {

    private static final String FOREIGN = "http://localhost:1";

    private SignedInSession browser;
    private String comments;

    @BeforeEach
    void aSignedInBrowserAndAReport() {
        browser = SignedInSession.signIn(STAFF);
        comments = "/api/v1/reports/" + TestData.publishedReport().getJsonNumber("id").longValue() + "/comments";
    }

    @Test
    void aChangeSentFromAnotherSiteWithTheSessionIsRefusedAndChangesNothing() {
        assertProblem(403, browser.postJson(comments, body(), "Origin", FOREIGN));
        assertProblem(403, browser.postJson(comments, body(), "Sec-Fetch-Site", "same-site", "Origin", FOREIGN));
        assertProblem(403, browser.postJson(comments, body(), "Sec-Fetch-Site", "cross-site"));

        assertEquals(0, commentCount());
    }

    @Test
    void theApplicationsOwnPagesAndProgramsWithCredentialsMayChange() {
        String own = Server.baseUri().getScheme() + "://" + Server.baseUri().getAuthority();
        assertStatus(201, browser.postJson(comments, body(), "Sec-Fetch-Site", "same-origin", "Origin", own));
        assertStatus(201, browser.postJson(comments, body(), "Origin", own));
        assertStatus(201, Server.as(STAFF).post(comments, body(), "Origin", FOREIGN, "Sec-Fetch-Site", "cross-site"));

        assertEquals(3, commentCount());
    }

    private long commentCount() {
        return assertStatus(200, Server.as(STAFF).get(comments)).getJsonNumber("total").longValue();
    }

    private static String body() {
        return "{\"body\": \"" + TestData.unique("Sent with the session") + "\"}";
    }
}
