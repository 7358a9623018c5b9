package com.incidentreports.identity;

import com.incidentreports.testsupport.Admin;
import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.ApiAssertions.fieldMessage;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal API tokens: a program calls the API with {@code Authorization: Bearer …} and acts as the token's owner,
 * with their roles, until the token expires, is revoked, or the owner is deactivated.
 */
@ApplicationTest
class ApiTokenApiIT {

    @Test
    void anAuthorsTokenActsWithTheAuthorsRoles() {
        String token = create(AUTHOR, null);
        JsonObject me = assertStatus(200, withToken(token).get("/api/v1/me"));
        assertEquals(AUTHOR.username(), me.getString("username"));
        assertEquals(Json.createArrayBuilder().add("STAFF").add("AUTHOR").build(), me.getJsonArray("roles"));

        long serviceId = TestData.service().create().getJsonNumber("id").longValue();
        JsonObject report = assertStatus(201, withToken(token).post("/api/v1/reports",
                TestData.report(serviceId).published().body()));
        assertEquals(AUTHOR.username(), report.getJsonArray("authors").getJsonObject(0).getString("username"),
                report::toString);
    }

    @Test
    void aStaffTokenMayReadButNotWrite() {
        String token = create(STAFF, null);
        assertEquals(200, withToken(token).get("/api/v1/services").status());
        long serviceId = TestData.service().create().getJsonNumber("id").longValue();
        assertProblem(403, withToken(token).post("/api/v1/reports", TestData.report(serviceId).body()));
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsBeginningIsListed() {
        Reply created = Server.as(QA_LEAD).post("/api/v1/me/tokens", Json.createObjectBuilder()
                .add("name", "Nightly export").build());
        JsonObject body = assertStatus(201, created);
        String secret = body.getString("secret");
        assertTrue(secret.startsWith("irt_"), secret);
        assertNotNull(created.header("Location"), created::describe);
        long id = body.getJsonObject("token").getJsonNumber("id").longValue();

        Reply list = Server.as(QA_LEAD).get("/api/v1/me/tokens");
        assertEquals(200, list.status(), list::describe);
        assertFalse(list.body().contains(secret), "the list never holds a secret");
        JsonObject listed = list.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(token -> token.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("Nightly export", listed.getString("name"));
        assertEquals(secret.substring(0, 10), listed.getString("hint"));
        assertTrue(!listed.containsKey("lastUsedAt") || listed.isNull("lastUsedAt"), listed::toString);

        assertStatus(200, withToken(secret).get("/api/v1/me"));
        JsonObject used = Server.as(QA_LEAD).get("/api/v1/me/tokens").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(token -> token.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
        assertTrue(used.containsKey("lastUsedAt") && !used.isNull("lastUsedAt"), "the first use is noted: " + used);

        assertTrue(Server.as(ADMIN).get("/api/v1/me/tokens").jsonArray().stream()
                .noneMatch(token -> token.asJsonObject().getJsonNumber("id").longValue() == id),
                "nobody else sees the token");
        assertProblem(404, Server.as(ADMIN).send("DELETE", "/api/v1/me/tokens/" + id));
        assertStatus(200, withToken(secret).get("/api/v1/me"));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        JsonObject created = assertStatus(201, Server.as(STAFF).post("/api/v1/me/tokens",
                Json.createObjectBuilder().add("name", "Revoke me").build()));
        String token = created.getString("secret");
        assertStatus(200, withToken(token).get("/api/v1/me"));

        assertEquals(204, Server.as(STAFF).send("DELETE", "/api/v1/me/tokens/"
                + created.getJsonObject("token").getJsonNumber("id")).status());

        assertRefused(withToken(token).get("/api/v1/me"), "revoked");
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        // Long enough for the first call to come before it even on a busy machine.
        Instant expiry = Instant.now().plusSeconds(10);
        String token = create(STAFF, expiry);
        assertStatus(200, withToken(token).get("/api/v1/me"));
        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 500);

        assertRefused(withToken(token).get("/api/v1/me"), "expired");
    }

    @Test
    void unknownAndMalformedTokensAreRefused() {
        assertRefused(withToken("irt_" + "A".repeat(43)).get("/api/v1/me"), "not known");
        assertRefused(withToken("not-a-token").get("/api/v1/me"), "not a personal API token");
        assertRefused(withToken("irt_short").get("/api/v1/me"), "not a personal API token");
    }

    @Test
    void aDeactivatedPersonsTokensStopWorking() {
        String token = create(STAFF, null);
        assertStatus(200, withToken(token).get("/api/v1/me"));
        assertEquals(200, Admin.deactivate(STAFF.username()).status());
        try {
            assertRefused(withToken(token).get("/api/v1/me"), "deactivated");
        } finally {
            assertEquals(200, Admin.reactivate(STAFF.username()).status());
        }
        assertStatus(200, withToken(token).get("/api/v1/me"));
    }

    @Test
    void aTokenCannotMakeAnotherOrOutliveItsExpiry() {
        String token = create(AUTHOR, Instant.now().plusSeconds(3600));
        assertProblem(403, withToken(token).post("/api/v1/me/tokens",
                Json.createObjectBuilder().add("name", "Forever").build()));
    }

    @Test
    void aTokenNeedsANameAndAFutureExpiry() {
        JsonObject problem = assertProblem(400, Server.as(STAFF).post("/api/v1/me/tokens",
                Json.createObjectBuilder().add("name", " ").add("expiresAt", "2020-01-01T00:00:00Z").build()));
        assertTrue(fieldMessage(problem, "name").contains("name"), problem::toString);
        assertTrue(fieldMessage(problem, "expiresAt").contains("future"), problem::toString);
    }

    @Test
    void aTokenWorksOnTheApiOnly() {
        String token = create(STAFF, null);
        Reply page = withToken(token).get("/services");
        assertEquals(302, page.status(), "pages want a browser sign-in: " + page.describe());
        assertTrue(page.header("Location").contains("/login"), page::describe);
    }

    @Test
    void aTokenCallUsuallyCostsNoStatementOfItsOwn() {
        String token = create(STAFF, null);
        assertEquals(200, withToken(token).get("/api/v1/services").status());
        int withToken = statements(withToken(token), "/api/v1/services");
        int withPassword = statements(Server.as(STAFF), "/api/v1/services");
        assertEquals(withPassword, withToken, "a token once looked up is remembered");
    }

    private static int statements(Server server, String path) {
        String diagnosticsId = UUID.randomUUID().toString();
        Reply reply = server.get(path, "X-Diagnostics-Id", diagnosticsId);
        assertEquals(200, reply.status(), reply::describe);
        return assertStatus(200, Server.as(AUTHOR).get("/api/v1/diagnostics/sql-statements/" + diagnosticsId))
                .getInt("statements");
    }

    private static void assertRefused(Reply reply, String detailPart) {
        JsonObject problem = assertProblem(401, reply);
        assertTrue(problem.getString("detail").contains(detailPart), problem::toString);
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply::describe);
    }

    /** Creates a token as {@code user} (HTTP Basic, the demo accounts' way) and returns its secret. */
    private static String create(DemoUser user, Instant expiresAt) {
        var input = Json.createObjectBuilder().add("name", TestData.unique("Token"));
        if (expiresAt != null) {
            input.add("expiresAt", expiresAt.toString());
        }
        return assertStatus(201, Server.as(user).post("/api/v1/me/tokens", input.build())).getString("secret");
    }

    private static Server withToken(String token) {
        return Server.bearer(token);
    }
}
