package com.incidentreports.identity;

import com.incidentreports.testsupport.Admin;
import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.ServerClock;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Password guessing: ten wrong passwords for one account within 15 minutes lock its password sign-ins for 15
 * minutes, even with the right password; the lock is audited, told as 429 with Retry-After, and ends by time or
 * when an admin unlocks the account.
 */
@ApplicationTest
class SignInLockIT {

    private static final int LIMIT = 10;

    @RegisterExtension
    final ServerClock clock = new ServerClock();

    @Test
    void tenWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        String lock = "/api/v1/admin/people/" + Admin.person(QA_LEAD.username()).getJsonNumber("id").longValue()
                + "/sign-in-lock";
        Instant before = Instant.now().minusSeconds(1);
        try {
            for (Reply wrong : guesses(QA_LEAD.username(), LIMIT)) {
                assertProblem(401, wrong);
            }
            Reply refused = Server.as(QA_LEAD).get("/api/v1/me");
            JsonObject problem = assertProblem(429, refused);
            assertTrue(problem.getString("detail").contains("locked until"), problem::toString);
            assertTrue(Long.parseLong(refused.header("Retry-After")) > Duration.ofMinutes(14).toSeconds(),
                    refused::describe);
            assertFalse(assertStatus(200, Server.as(ADMIN).get(lock)).isNull("lockedUntil"), "the admin sees it");
            assertEquals(1, entries("type=SIGN_IN_LOCKED&person=" + QA_LEAD.username() + "&from=" + before).size());
        } finally {
            assertStatus(204, Server.as(ADMIN).send("DELETE", lock));
        }

        assertStatus(200, Server.as(QA_LEAD).get("/api/v1/me"));
        assertTrue(assertStatus(200, Server.as(ADMIN).get(lock)).isNull("lockedUntil"));
        JsonObject unlocked = entries("type=SIGN_IN_UNLOCKED&person=" + QA_LEAD.username() + "&from=" + before)
                .get(0);
        assertEquals(ADMIN.username(), unlocked.getString("actor"));
        assertEquals(QA_LEAD.username(), unlocked.getString("subject"));
    }

    @Test
    void theLockEndsByItselfAfterFifteenMinutes() throws Exception {
        // A past moment no other test stands at: what the audit log keeps of it stays behind the present.
        Instant at = Instant.now().minus(Duration.ofDays(12)).truncatedTo(ChronoUnit.SECONDS);
        clock.standAt(at);
        String username = TestData.uniqueWord();
        guesses(username, LIMIT);
        assertProblem(429, Server.as(username, "wrong").get("/api/v1/me"));

        clock.standAt(at.plus(Duration.ofMinutes(16)));
        assertProblem(401, Server.as(username, "wrong").get("/api/v1/me"));
    }

    @Test
    void onlyAdminsSeeAndLiftLocks() {
        String lock = "/api/v1/admin/people/" + Admin.person(QA_LEAD.username()).getJsonNumber("id").longValue()
                + "/sign-in-lock";
        assertProblem(403, Server.as(QA_LEAD).get(lock));
        assertProblem(403, Server.as(QA_LEAD).send("DELETE", lock));
        assertProblem(404, Server.as(ADMIN).send("DELETE", "/api/v1/admin/people/0/sign-in-lock"));
    }

    /** {@code count} wrong passwords for {@code username} at once (each refusal takes the server a while). */
    private static List<Reply> guesses(String username, int count) throws Exception {
        ExecutorService guessing = Executors.newFixedThreadPool(count);
        try {
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String password = "guess " + i;
                sent.add(guessing.submit(() -> Server.as(username, password).get("/api/v1/me")));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : sent) {
                replies.add(reply.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            guessing.shutdownNow();
        }
    }

    private static List<JsonObject> entries(String query) {
        JsonObject page = assertStatus(200, Server.as(ADMIN).get("/api/v1/admin/audit?size=100&" + query));
        return page.getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    }
}
