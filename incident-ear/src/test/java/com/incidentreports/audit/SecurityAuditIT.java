package com.incidentreports.audit;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.FormSignIn;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.ServerClock;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.ApiAssertions.fieldMessage;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security audit log: what gets into it (sign-ins, wrong passwords on the form and over HTTP Basic, requests
 * answered 403 on pages and in the API, what browsers report their Content-Security-Policy blocked), that a flood of
 * wrong passwords or of such reports stays one entry a minute and that the wrong passwords lock the account, its
 * filters, and that only admins read it.
 */
@ApplicationTest
class SecurityAuditIT {

    private static final String CSP_REPORTS = "/api/v1/csp-reports";

    @RegisterExtension
    final ServerClock clock = new ServerClock();

    @Test
    void aFormSignInIsKeptWithTheAddressItCameFrom() {
        Instant before = Instant.now().minusSeconds(1);
        assertEquals(302, FormSignIn.signIn(QA_LEAD.username(), QA_LEAD.password()));

        JsonObject entry = newest(entries("type=SIGN_IN&person=qalead&from=" + before));
        assertEquals("qalead", entry.getString("actor"));
        assertEquals("LOCAL", entry.getString("detail"));
        assertEquals("127.0.0.1", entry.getString("clientAddress"));
    }

    @Test
    void aWrongPasswordOnTheFormIsKeptWithoutThePassword() {
        String username = TestData.uniqueWord();
        String password = "secret-" + TestData.uniqueWord();
        assertEquals(401, FormSignIn.signIn(username, password), "the form is shown again, saying it was wrong");

        List<JsonObject> failures = entries("person=" + username);
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("SIGN_IN_FAILED", failures.get(0).getString("type"));
        assertTrue(failures.get(0).getString("detail").startsWith("Sign-in form"), failures::toString);
        assertFalse(failures.toString().contains(password), "the password is never kept");
    }

    /**
     * The twenty guesses go at once, as a script would send them: Liberty delays each refusal by a random second or
     * few (against guessing), so one after another they could take longer than the minute counted.
     */
    @Test
    void aFloodOfWrongPasswordsOverBasicIsOneEntryAMinute() throws Exception {
        String username = TestData.uniqueWord();
        ExecutorService script = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Reply>> guesses = IntStream.range(0, 20).<Callable<Reply>>mapToObj(attempt -> () ->
                    Server.anonymous().get("/api/v1/me", "Authorization", basic(username, "guess" + attempt)))
                    .toList();
            for (Future<Reply> refused : script.invokeAll(guesses)) {
                int status = refused.get().status();
                assertTrue(status == 401 || status == 429, () -> "wrong, or locked after ten: " + status);
            }
        } finally {
            script.shutdownNow();
        }

        List<JsonObject> failures = entries("type=SIGN_IN_FAILED&person=" + username);
        assertEquals(1, failures.size(), () -> "the first failure is kept, the next ones of the minute counted: "
                + failures);
        assertEquals(1, entries("type=SIGN_IN_LOCKED&person=" + username).size(), "the account is locked once");
        assertEquals("SIGN_IN_FAILED", failures.get(0).getString("type"));
        assertTrue(failures.get(0).getString("detail").startsWith("HTTP Basic"), failures::toString);
    }

    @Test
    void aRefusedPageAndARefusedCallAreKeptWithTheirPaths() {
        Instant before = Instant.now().minusSeconds(1);
        assertEquals(403, Server.as(STAFF).get("/actions").status(), "the actions board is for QA leads");
        assertProblem(403, Server.as(AUTHOR).get("/api/v1/admin/audit"));

        List<JsonObject> denied = entries("type=ACCESS_DENIED&from=" + before);
        assertTrue(denied.stream().anyMatch(entry -> "staff".equals(entry.getString("actor"))
                && "GET /actions".equals(entry.getString("detail"))), denied::toString);
        assertTrue(denied.stream().anyMatch(entry -> "author".equals(entry.getString("actor"))
                && "GET /api/v1/admin/audit".equals(entry.getString("detail"))), denied::toString);
    }

    @Test
    void aServiceRuleThatRefusesIsKeptToo() {
        long reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        long commentId = TestData.comment(reportId).postAs(STAFF).getJsonNumber("id").longValue();
        Instant before = Instant.now().minusSeconds(1);
        assertProblem(403, Server.as(AUTHOR).send("DELETE", "/api/v1/comments/" + commentId));

        List<JsonObject> denied = entries("type=ACCESS_DENIED&person=author&from=" + before);
        assertTrue(denied.stream().anyMatch(entry ->
                ("DELETE /api/v1/comments/" + commentId).equals(entry.getString("detail"))), denied::toString);
    }

    @Test
    void theFiltersNarrowTheLogAndNewestComesFirst() {
        String username = TestData.uniqueWord();
        Server.anonymous().get("/api/v1/me", "Authorization", basic(username, "wrong"));
        Server.anonymous().get("/api/v1/ping", "Authorization", basic(username + "x", "wrong"));
        assertEquals(1, entries("person=" + username + "x").size(), "a wrong password counts on an open address too");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        assertEquals(1, entries("person=" + username + "&type=SIGN_IN_FAILED&from=" + today + "&to=" + today).size());
        assertEquals(0, entries("person=" + username + "&type=SIGN_IN").size(), "another type");
        assertEquals(0, entries("person=" + username + "&to=2000-01-01").size(), "another time");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertEquals(0, entries("person=" + username + "&from=" + tomorrow).size(), "another time");

        JsonObject page = assertStatus(200, Server.as(ADMIN).get("/api/v1/admin/audit?size=5"));
        List<Instant> times = page.getJsonArray("rows").stream()
                .map(row -> Instant.parse(row.asJsonObject().getString("occurredAt"))).toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isAfter(times.get(i - 1)), "newest first: " + times);
        }
        assertEquals(5, page.getInt("size"));
        assertTrue(page.getJsonNumber("total").longValue() >= times.size());
    }

    /**
     * Each report test stands at a past moment no other test stands at: its reports open a minute of their own, and
     * the log's newest entries stay those of the present.
     */
    @Test
    void aBrowsersReportOfBlockedContentIsKeptInEitherShapeWithoutTheQuery() {
        Instant at = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        clock.standAt(at);
        String page = "/reports/" + TestData.uniqueWord();
        assertStatus(204, Server.anonymous().postBody(CSP_REPORTS, "application/csp-report", Json.createObjectBuilder()
                .add("csp-report", Json.createObjectBuilder()
                        .add("document-uri", "http://localhost" + page + "?q=what+someone+searched")
                        .add("violated-directive", "script-src-elem").add("effective-directive", "script-src-elem")
                        .add("blocked-uri", "inline")
                        .add("source-file", "http://localhost/resources/app/app.js?v=1").add("line-number", 12))
                .build().toString()));
        assertEquals(List.of("script-src-elem blocked inline on http://localhost" + page
                + " (http://localhost/resources/app/app.js:12)"), cspDetails(at, page));

        clock.standAt(at.plus(Duration.ofMinutes(2)));
        assertStatus(204, Server.as(STAFF).postBody(CSP_REPORTS, "application/reports+json", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "csp-violation").add("body", Json.createObjectBuilder()
                        .add("documentURL", "http://localhost" + page).add("effectiveDirective", "img-src")
                        .add("blockedURL", "http://elsewhere.example/pixel.png?who=me")))
                .build().toString()));
        List<JsonObject> reported = cspEntries(at).stream().filter(entry -> "staff".equals(entry.getString("actor", null)))
                .filter(entry -> entry.getString("detail").contains(page)).toList();
        assertEquals(1, reported.size(), reported::toString);
        assertEquals("img-src blocked http://elsewhere.example/pixel.png on http://localhost" + page,
                reported.get(0).getString("detail"));

        assertProblem(400, Server.anonymous().postBody(CSP_REPORTS, "application/csp-report", "{}"));
        assertEquals(415, Server.anonymous().postBody(CSP_REPORTS, "text/plain", "script-src").status());
    }

    @Test
    void aFloodOfReportsOfBlockedContentIsOneEntryAMinute() {
        Instant at = Instant.now().minus(Duration.ofDays(11)).truncatedTo(ChronoUnit.SECONDS);
        clock.standAt(at);
        String page = "/reports/" + TestData.uniqueWord();
        String report = Json.createObjectBuilder().add("csp-report", Json.createObjectBuilder()
                .add("document-uri", "http://localhost" + page).add("violated-directive", "script-src-elem")
                .add("blocked-uri", "inline")).build().toString();
        for (int i = 0; i < 20; i++) {
            assertStatus(204, Server.anonymous().postBody(CSP_REPORTS, "application/csp-report", report));
        }
        assertEquals(1, cspDetails(at, page).size(), "the first report is kept, the next ones of the minute counted");

        clock.standAt(at.plus(Duration.ofMinutes(1)));
        assertStatus(204, Server.anonymous().postBody(CSP_REPORTS, "application/csp-report", report));
        assertEquals(2, cspDetails(at, page).size(), "the next minute's first report");
        assertTrue(cspEntries(at).stream().anyMatch(entry -> entry.getString("detail")
                .equals("19 more reports from 127.0.0.1 in the minute from " + at)), "the count of the minute before");
    }

    @Test
    void badFiltersAreNamed() {
        JsonObject problem = assertProblem(400,
                Server.as(ADMIN).get("/api/v1/admin/audit?type=LOGIN&from=yesterday&size=1000"));
        assertTrue(fieldMessage(problem, "type").contains("SIGN_IN_FAILED"));
        assertTrue(fieldMessage(problem, "from").contains("2026-05-01"));
        assertTrue(fieldMessage(problem, "size").contains("1 to 100"));
    }

    @Test
    void onlyAdminsReadTheLog() {
        for (DemoUser user : List.of(STAFF, AUTHOR, QA_LEAD)) {
            assertProblem(403, Server.as(user).get("/api/v1/admin/audit"));
            assertEquals(403, Server.as(user).get("/admin/audit").status(), user::username);
        }
        assertProblem(401, Server.anonymous().get("/api/v1/admin/audit"));
        assertEquals(200, Server.as(ADMIN).get("/admin/audit").status());
    }

    private static List<JsonObject> entries(String query) {
        JsonObject page = assertStatus(200, Server.as(ADMIN).get("/api/v1/admin/audit?size=100&" + query));
        return page.getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    }

    /** The reports of blocked content kept in the ten minutes from {@code from}. */
    private static List<JsonObject> cspEntries(Instant from) {
        return entries("type=CSP_VIOLATION&from=" + from + "&to=" + from.plus(Duration.ofMinutes(10)));
    }

    private static List<String> cspDetails(Instant from, String page) {
        return cspEntries(from).stream().map(entry -> entry.getString("detail"))
                .filter(detail -> detail.contains(page)).toList();
    }

    private static JsonObject newest(List<JsonObject> entries) {
        assertFalse(entries.isEmpty(), "no entry");
        return entries.get(0);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
