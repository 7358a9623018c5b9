package com.incidentreports.platform;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * What to check first after every deployment: every page answers, the API is described, and the build that runs is
 * the one that was tested.
 */
@ApplicationTest
class PostDeploySmokeIT {

    private JsonObject service;
    private long reportId;

    @BeforeEach
    void serviceWithAReport() {
        service = TestData.service().named(TestData.unique("Slash GraphQL")).create();
        reportId = TestData.report(service.getJsonNumber("id").longValue()).published().create()
                .getJsonNumber("id").longValue();
    }

    @Test
    void theHomePageAnswers() {
        assertPage("/");
    }

    @Test
    void theServicesPageAnswers() {
        assertPage("/services");
    }

    @Test
    void aServiceLogPageAnswers() {
        assertTrue(service.getString("slug").startsWith("slash-graphql-"), service::toString);
        assertPage("/services/" + service.getString("slug"));
    }

    @Test
    void aReportPageAnswers() {
        assertPage("/reports/" + reportId);
    }

    @Test
    void theReportFormAnswersForANewReport() {
        assertPage("/write");
    }

    @Test
    void theReportFormAnswersForAnExistingReport() {
        assertPage("/write/" + reportId);
    }

    @Test
    void theProfilePageAnswers() {
        assertPage("/profile");
    }

    @Test
    void aPersonsPageAnswers() {
        assertPage("/people/" + AUTHOR.username());
    }

    @Test
    void theDiscussionApiAnswers() {
        assertStatus(200, Server.as(AUTHOR).get("/api/v1/reports/" + reportId + "/comments"));
        assertStatus(200, Server.as(AUTHOR).get("/api/v1/notifications"));
    }

    @Test
    void theActionPagesAnswer() {
        assertPage("/actions/mine");
        Reply board = Server.as(DemoUser.QA_LEAD).page("/actions");
        assertEquals(200, board.status(), board::describe);
        assertEquals(403, Server.as(AUTHOR).page("/actions").status(), "the board is the QA leads'");
        Reply actions = Server.as(AUTHOR).get("/api/v1/reports/" + reportId + "/actions");
        assertEquals(200, actions.status(), actions::describe);
        assertTrue(actions.jsonArray().isEmpty(), actions::describe);
        assertStatus(200, Server.as(AUTHOR).get("/api/v1/actions"));
    }

    @Test
    void theSignInPageAnswersWithoutSignIn() {
        Reply page = Server.anonymous().get("/login");
        assertEquals(200, page.status(), page::describe);
        assertTrue(page.contentType().startsWith("text/html"), page::describe);
    }

    @Test
    void theApiIsDescribed() {
        JsonObject openApi = assertStatus(200, Server.anonymous().get("/openapi", "Accept", "application/json"));
        JsonObject paths = openApi.getJsonObject("paths");

        assertTrue(paths.containsKey("/api/v1/reports"), paths.keySet()::toString);
        assertTrue(paths.containsKey("/api/v1/reports/{id}"), paths.keySet()::toString);
        assertTrue(paths.containsKey("/api/v1/services"), paths.keySet()::toString);
        for (String discussion : new String[] {"/api/v1/reports/{id}/comments", "/api/v1/reports/{id}/like",
                "/api/v1/comments/{id}", "/api/v1/comments/{id}/like", "/api/v1/comments/{id}/revisions",
                "/api/v1/comments/{id}/hidden", "/api/v1/notifications", "/api/v1/notifications/read",
                "/api/v1/notifications/settings", "/api/v1/reports/{reportId}/actions", "/api/v1/actions",
                "/api/v1/actions/export", "/api/v1/actions/{id}", "/api/v1/actions/{id}/transitions"}) {
            assertTrue(paths.containsKey(discussion), () -> discussion + " is not in " + paths.keySet());
        }
    }

    @Test
    void theServerIsReadyWithItsDatabaseAndLive() {
        JsonObject ready = assertStatus(200, Server.anonymous().get("/health/ready"));
        assertEquals("UP", ready.getString("status"), ready::toString);
        assertTrue(ready.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .anyMatch(check -> "database".equals(check.getString("name"))
                        && "UP".equals(check.getString("status"))), ready::toString);

        JsonObject live = assertStatus(200, Server.anonymous().get("/health/live"));
        assertEquals("UP", live.getString("status"), live::toString);
    }

    @Test
    void theBuildThatRunsIsTheOneTested() {
        String testedCommit = System.getProperty("test.commit", "");
        assumeFalse(testedCommit.isBlank(), "The build was made outside a Git checkout: no commit to compare");

        JsonObject build = assertStatus(200, Server.anonymous().get("/api/v1/build"));
        assertEquals(testedCommit, build.getString("commit"));
    }

    private static void assertPage(String path) {
        Reply page = Server.as(AUTHOR).page(path);
        assertEquals(200, page.status(), page::describe);
        assertFalse(page.request().endsWith("/login"), page::describe);
        assertTrue(page.contentType().startsWith("text/html"), page::describe);
    }
}
