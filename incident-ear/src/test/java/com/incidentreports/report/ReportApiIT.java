package com.incidentreports.report;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.ApiAssertions.fieldMessage;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report API as its clients use it: writing, reading, publishing, who may do what, and every kind of bad input. */
@ApplicationTest
class ReportApiIT {

    private static final String REPORTS = "/api/v1/reports";

    private long serviceId;

    @BeforeEach
    void newService() {
        serviceId = TestData.service().create().getJsonNumber("id").longValue();
    }

    @Test
    void anAuthorWritesReadsChangesAndPublishesAReport() {
        String title = TestData.unique("Search was slow");
        Reply created = Server.as(AUTHOR).post(REPORTS, TestData.report(serviceId).titled(title).body());

        JsonObject report = assertStatus(201, created);
        long id = report.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith(REPORTS + "/" + id), created::describe);
        assertEquals(etagOf(report), created.header("ETag"));
        assertEquals("DRAFT", report.getString("status"));
        assertEquals(AUTHOR.username(), report.getJsonArray("authors").getJsonObject(0).getString("username"));

        Reply read = Server.as(AUTHOR).get(REPORTS + "/" + id);
        JsonObject same = assertStatus(200, read);
        assertEquals(title, same.getString("title"));
        assertEquals("2024-05-01T10:00:00Z", same.getString("startedAt"));
        assertEquals(120, same.getInt("usersAffected"));
        assertEquals(serviceId, same.getJsonObject("service").getJsonNumber("id").longValue());
        assertTrue(same.getBoolean("editable"));
        assertEquals(created.header("ETag"), read.header("ETag"));

        Reply changed = Server.as(AUTHOR).put(REPORTS + "/" + id,
                TestData.report(serviceId).titled(title + " for an hour").with("severity", "SEV2").body(),
                "If-Match", read.header("ETag"));
        JsonObject afterChange = assertStatus(200, changed);
        assertEquals(title + " for an hour", afterChange.getString("title"));
        assertEquals("SEV2", afterChange.getString("severity"));
        assertEquals("DRAFT", afterChange.getString("status"));
        assertNotEquals(read.header("ETag"), changed.header("ETag"));
        assertEquals(etagOf(afterChange), changed.header("ETag"));

        Reply published = Server.as(AUTHOR).put(REPORTS + "/" + id,
                TestData.report(serviceId).titled(title + " for an hour").published().body(),
                "If-Match", changed.header("ETag"));
        JsonObject afterPublishing = assertStatus(200, published);
        assertEquals("PUBLISHED", afterPublishing.getString("status"));
        assertTrue(afterPublishing.containsKey("publishedAt"), published::describe);

        JsonObject seenByStaff = assertStatus(200, Server.as(STAFF).get(REPORTS + "/" + id));
        assertEquals("PUBLISHED", seenByStaff.getString("status"));
        assertFalse(seenByStaff.getBoolean("editable"));
    }

    @Test
    void aReportCanBePublishedWhenItIsCreated() {
        JsonObject report = TestData.report(serviceId).published().create();

        assertEquals("PUBLISHED", report.getString("status"));
        assertStatus(200, Server.as(STAFF).get(REPORTS + "/" + report.getJsonNumber("id")));
    }

    @Test
    void staffWhoAreNotAuthorsCannotWriteReports() {
        assertProblem(403, Server.as(STAFF).post(REPORTS, TestData.report(serviceId).body()));
        assertProblem(403, Server.as(QA_LEAD).post(REPORTS, TestData.report(serviceId).body()));
    }

    @Test
    void staffCannotChangeAPublishedReport() {
        JsonObject report = TestData.report(serviceId).published().create();

        assertProblem(403, Server.as(STAFF).put(REPORTS + "/" + report.getJsonNumber("id"),
                TestData.report(serviceId).body(), "If-Match", etagOf(report)));
    }

    @Test
    void anotherAuthorsDraftDoesNotExistForAnAuthor() {
        JsonObject draft = TestData.report(serviceId).createAs(ADMIN);
        String address = REPORTS + "/" + draft.getJsonNumber("id");

        assertProblem(404, Server.as(AUTHOR).get(address));
        assertProblem(404, Server.as(AUTHOR).put(address, TestData.report(serviceId).body(),
                "If-Match", etagOf(draft)));
        assertEquals(draft.getString("title"), assertStatus(200, Server.as(ADMIN).get(address)).getString("title"));
    }

    @Test
    void anAuthorCannotChangeAnotherAuthorsPublishedReport() {
        JsonObject report = TestData.report(serviceId).published().createAs(ADMIN);
        String address = REPORTS + "/" + report.getJsonNumber("id");

        JsonObject seen = assertStatus(200, Server.as(AUTHOR).get(address));
        assertFalse(seen.getBoolean("editable"));
        JsonObject problem = assertProblem(403, Server.as(AUTHOR).put(address,
                TestData.report(serviceId).titled("Taken over").body(), "If-Match", etagOf(report)));
        assertTrue(problem.getString("detail").contains("authors"), problem::toString);
        assertEquals(report.getString("title"), assertStatus(200, Server.as(ADMIN).get(address)).getString("title"));
    }

    @Test
    void anAdminCanChangeAnAuthorsDraft() {
        JsonObject draft = TestData.report(serviceId).create();
        String address = REPORTS + "/" + draft.getJsonNumber("id");
        String title = TestData.unique("Corrected by an admin");

        Reply read = Server.as(ADMIN).get(address);
        assertTrue(assertStatus(200, read).getBoolean("editable"));
        assertStatus(200, Server.as(ADMIN).put(address, TestData.report(serviceId).titled(title).body(),
                "If-Match", read.header("ETag")));

        JsonObject seenByAuthor = assertStatus(200, Server.as(AUTHOR).get(address));
        assertEquals(title, seenByAuthor.getString("title"));
        assertEquals(ADMIN.username(), seenByAuthor.getJsonObject("updatedBy").getString("username"));
    }

    @Test
    void draftsAreInvisibleToEveryoneButTheirAuthorsAndAdmins() {
        String word = TestData.uniqueWord();
        JsonObject draft = TestData.report(serviceId).titled("Draft about " + word).create();
        String address = REPORTS + "/" + draft.getJsonNumber("id");

        assertProblem(404, Server.as(STAFF).get(address));
        assertProblem(404, Server.as(QA_LEAD).get(address));
        assertEquals(0, assertStatus(200, Server.as(STAFF).get(REPORTS + "?q=" + word)).getInt("total"));
        assertEquals(0, assertStatus(200, Server.as(QA_LEAD).get(REPORTS + "?q=" + word)).getInt("total"));

        JsonObject ownList = assertStatus(200, Server.as(AUTHOR).get(REPORTS + "?q=" + word));
        assertEquals(1, ownList.getInt("total"));
        assertEquals("DRAFT", ownList.getJsonArray("rows").getJsonObject(0).getString("status"));
        assertStatus(200, Server.as(ADMIN).get(address));
    }

    @Test
    void aChangeToAnOldVersionIsRefusedAndTheFirstWritersChangeIsKept() {
        JsonObject report = TestData.report(serviceId).create();
        String address = REPORTS + "/" + report.getJsonNumber("id");
        String versionBothRead = Server.as(AUTHOR).get(address).header("ETag");
        String firstTitle = TestData.unique("First writer's title");

        assertStatus(200, Server.as(AUTHOR).put(address, TestData.report(serviceId).titled(firstTitle)
                .with("cause", "The first writer's cause.").body(), "If-Match", versionBothRead));
        JsonObject problem = assertProblem(412, Server.as(ADMIN).put(address, TestData.report(serviceId)
                .titled("Second writer's title").with("cause", "The second writer's cause.").body(),
                "If-Match", versionBothRead));

        assertTrue(problem.getString("detail").contains("Someone else saved"), problem::toString);
        JsonObject saved = assertStatus(200, Server.as(AUTHOR).get(address));
        assertEquals(firstTitle, saved.getString("title"));
        assertEquals("The first writer's cause.", saved.getString("cause"));
        assertEquals(AUTHOR.username(), saved.getJsonObject("updatedBy").getString("username"));
    }

    @Test
    void aChangeWithoutIfMatchIsRefused() {
        JsonObject report = TestData.report(serviceId).create();
        String address = REPORTS + "/" + report.getJsonNumber("id");

        JsonObject problem = assertProblem(428, Server.as(AUTHOR).put(address, TestData.report(serviceId).body()));
        assertTrue(problem.getString("detail").contains("If-Match"), problem::toString);
        assertProblem(428, Server.as(AUTHOR).put(address, TestData.report(serviceId).body(), "If-Match", "*"));
        assertProblem(412, Server.as(AUTHOR).put(address, TestData.report(serviceId).body(), "If-Match", "W/\"0\""));
        assertEquals(report.getString("title"), assertStatus(200, Server.as(AUTHOR).get(address)).getString("title"));
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsAccepted() {
        JsonObject report = assertStatus(201, create(TestData.report(serviceId)
                .with("usersAffected", Json.createValue(new BigDecimal("120.0"))).body()));
        assertEquals(120, report.getInt("usersAffected"));
    }

    @Test
    void aTitleIsRequired() {
        JsonObject problem = assertProblem(400, create(TestData.report(serviceId).without("title").body()));
        assertEquals("Give the report a title.", fieldMessage(problem, "title"));
        assertProblem(400, create(TestData.report(serviceId).titled("   ").body()));
    }

    @Test
    void aTitleHasAtMost200Characters() {
        assertStatus(201, create(TestData.report(serviceId).titled("t".repeat(200)).body()));
        JsonObject problem = assertProblem(400, create(TestData.report(serviceId).titled("t".repeat(201)).body()));
        assertEquals("The title can be at most 200 characters.", fieldMessage(problem, "title"));
    }

    @Test
    void anIncidentCannotEndBeforeItStarts() {
        JsonObject problem = assertProblem(400, create(TestData.report(serviceId)
                .with("startedAt", "2024-05-01T10:00:00Z").with("endedAt", "2024-05-01T09:59:00Z").body()));
        assertEquals("The end cannot be before the start.", fieldMessage(problem, "endedAt"));
    }

    @Test
    void anIncidentCannotBeDetectedBeforeItStarts() {
        JsonObject problem = assertProblem(400, create(TestData.report(serviceId)
                .with("startedAt", "2024-05-01T10:00:00Z").with("detectedAt", "2024-05-01T09:00:00Z").body()));
        assertEquals("The incident cannot have been detected before it started.", fieldMessage(problem, "detectedAt"));
    }

    @Test
    void usersAffectedCannotBeNegative() {
        JsonObject problem = assertProblem(400, create(TestData.report(serviceId).with("usersAffected", -1).body()));
        assertEquals("The number of users affected must be a whole number, 0 or more.",
                fieldMessage(problem, "usersAffected"));
    }

    @Test
    void aSectionHasAtMost50000Characters() {
        assertStatus(201, create(TestData.report(serviceId).with("cause", "c".repeat(50_000)).body()));
        JsonObject problem = assertProblem(400, create(TestData.report(serviceId)
                .with("incident", "i".repeat(50_001)).body()));
        assertEquals("A section can be at most 50,000 characters.", fieldMessage(problem, "incident"));
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        JsonObject problem = assertProblem(400, create(TestData.report(serviceId).without("title")
                .without("severity").with("usersAffected", -5).with("endedAt", "2024-04-30T00:00:00Z").body()));

        assertEquals(4, problem.getJsonArray("errors").size(), problem::toString);
        assertEquals("Choose a severity.", fieldMessage(problem, "severity"));
        fieldMessage(problem, "title");
        fieldMessage(problem, "usersAffected");
        fieldMessage(problem, "endedAt");
    }

    @Test
    void anUnknownServiceIsRejected() {
        JsonObject problem = assertProblem(400, create(TestData.report(Long.MAX_VALUE - 1).body()));
        assertEquals("There is no such service; choose one from the list.", fieldMessage(problem, "serviceId"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(400, Server.as(AUTHOR).post(REPORTS, "{\"title\": \"Unfinished"));
        assertProblem(400, Server.as(AUTHOR).post(REPORTS, "not json at all"));
        assertProblem(400, Server.as(AUTHOR).post(REPORTS, "[1, 2]"));
        assertProblem(400, Server.as(AUTHOR).post(REPORTS, ""));
        JsonObject problem = assertProblem(400, Server.as(AUTHOR).post(REPORTS, "null"));
        assertEquals("A report is required.", problem.getString("detail"));
    }

    @Test
    void valuesOfTheWrongTypeAreABadRequest() {
        JsonObject wrongNumber = assertProblem(400,
                create(TestData.report(serviceId).with("usersAffected", "abc").body()));
        fieldMessage(wrongNumber, "usersAffected");

        JsonObject wrongDate = assertProblem(400, create(TestData.report(serviceId).with("startedAt", "yesterday")
                .body()));
        fieldMessage(wrongDate, "startedAt");

        JsonObject fraction = assertProblem(400, create(TestData.report(serviceId)
                .with("usersAffected", Json.createValue(new BigDecimal("1.5"))).body()));
        fieldMessage(fraction, "usersAffected");
        JsonObject quotedNumber = assertProblem(400, create(TestData.report(serviceId)
                .with("serviceId", String.valueOf(serviceId)).body()));
        fieldMessage(quotedNumber, "serviceId");

        assertProblem(400, create(TestData.report(serviceId).with("severity", "SEV9").body()));
        assertProblem(400, create(TestData.report(serviceId).with("serviceId", "slash-graphql").body()));
        assertProblem(400, create(TestData.report(serviceId)
                .with("severity", Json.createObjectBuilder().add("level", 3).build()).body()));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        Reply reply = Server.as(AUTHOR).send("POST", REPORTS, "Content-Type", "text/plain");
        assertProblem(415, reply);
    }

    @Test
    void anUnknownReportIsNotFound() {
        JsonObject problem = assertProblem(404, Server.as(AUTHOR).get(REPORTS + "/" + (Long.MAX_VALUE - 1)));
        assertTrue(problem.getString("detail").contains("was not found"), problem::toString);
        assertProblem(404, Server.as(AUTHOR).put(REPORTS + "/" + (Long.MAX_VALUE - 1),
                TestData.report(serviceId).body(), "If-Match", "\"0\""));
        assertProblem(404, Server.as(AUTHOR).get(REPORTS + "/not-a-number"));
        assertProblem(404, Server.as(AUTHOR).get("/api/v1/no-such-thing"));
    }

    @Test
    void anUnsupportedMethodNamesTheAllowedOnes() {
        JsonObject report = TestData.report(serviceId).create();

        Reply reply = Server.as(AUTHOR).send("DELETE", REPORTS + "/" + report.getJsonNumber("id"));
        assertProblem(405, reply);
        assertTrue(reply.header("Allow").contains("PUT"), reply::describe);
    }

    @Test
    void theListFiltersSortsAndPages() {
        String word = TestData.uniqueWord();
        JsonObject service = TestData.service().create();
        long listedServiceId = service.getJsonNumber("id").longValue();
        TestData.report(listedServiceId).titled("Alpha " + word).with("severity", "SEV1")
                .with("startedAt", "2023-01-10T08:00:00Z").with("endedAt", "2023-01-10T09:00:00Z").published().create();
        TestData.report(listedServiceId).titled("Bravo " + word).with("severity", "SEV2")
                .with("startedAt", "2023-02-10T08:00:00Z").with("endedAt", "2023-02-10T09:00:00Z").published().create();
        TestData.report(listedServiceId).titled("Charlie " + word).with("severity", "SEV2")
                .with("startedAt", "2023-03-10T08:00:00Z").with("endedAt", "2023-03-10T09:00:00Z").create();
        Server author = Server.as(AUTHOR);

        JsonObject firstPage = assertStatus(200, author.get(REPORTS + "?service=" + service.getString("slug")
                + "&size=2"));
        assertEquals(3, firstPage.getInt("total"));
        assertEquals(2, firstPage.getJsonArray("rows").size());
        assertEquals("Charlie " + word, firstPage.getJsonArray("rows").getJsonObject(0).getString("title"));
        JsonObject secondPage = assertStatus(200, author.get(REPORTS + "?service=" + listedServiceId
                + "&size=2&first=2"));
        assertEquals("Alpha " + word, secondPage.getJsonArray("rows").getJsonObject(0).getString("title"));

        JsonObject byTitle = assertStatus(200, author.get(REPORTS + "?q=" + word + "&sort=title&order=asc"));
        assertEquals("Alpha " + word, byTitle.getJsonArray("rows").getJsonObject(0).getString("title"));
        assertEquals(2, assertStatus(200, author.get(REPORTS + "?q=" + word + "&severity=SEV2")).getInt("total"));
        assertEquals(1, assertStatus(200, author.get(REPORTS + "?q=" + word
                + "&from=2023-02-01&to=2023-02-28")).getInt("total"));
        assertEquals(1, assertStatus(200, author.get(REPORTS + "?q=" + word
                + "&from=2023-03-10T08:00:00Z")).getInt("total"));
        assertEquals(2, assertStatus(200, Server.as(STAFF).get(REPORTS + "?q=" + word)).getInt("total"));
    }

    @Test
    void badListParametersAreListed() {
        JsonObject problem = assertProblem(400, Server.as(STAFF).get(REPORTS
                + "?size=101&first=-1&severity=SEV7&from=someday&to=2024-13-01&sort=colour&order=up"));

        assertEquals("size must be a whole number from 1 to 100.", fieldMessage(problem, "size"));
        fieldMessage(problem, "first");
        fieldMessage(problem, "severity");
        fieldMessage(problem, "from");
        fieldMessage(problem, "to");
        fieldMessage(problem, "sort");
        fieldMessage(problem, "order");
        assertProblem(400, Server.as(STAFF).get(REPORTS + "?size=abc"));
        fieldMessage(assertProblem(400, Server.as(STAFF).get(REPORTS + "?service=" + TestData.uniqueWord())),
                "service");
        assertEquals(100, assertStatus(200, Server.as(STAFF).get(REPORTS + "?size=100")).getInt("size"));
    }

    @Test
    void theApiNeedsSignIn() {
        Reply anonymous = Server.anonymous().get(REPORTS);
        assertProblem(401, anonymous);
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"), anonymous::describe);

        Reply wrongPassword = Server.anonymous().get(REPORTS, "Authorization", "Basic YXV0aG9yOndyb25n");
        assertEquals(401, wrongPassword.status(), wrongPassword::describe);
        assertProblem(401, Server.anonymous().post(REPORTS, TestData.report(serviceId).body()));
    }

    @Test
    void pingAndBuildNeedNoSignIn() {
        Reply ping = Server.anonymous().get("/api/v1/ping");
        assertEquals(200, ping.status(), ping::describe);
        assertTrue(ping.contentType().startsWith("text/plain"), ping::describe);
        assertEquals("pong", ping.body());

        Reply pingWithWrongPassword = Server.anonymous().get("/api/v1/ping",
                "Authorization", "Basic YXV0aG9yOndyb25n");
        assertEquals(200, pingWithWrongPassword.status(), "public endpoints answer whatever credentials come along");
        Reply signInPageWithWrongPassword = Server.anonymous().get("/login",
                "Authorization", "Basic YXV0aG9yOndyb25n");
        assertEquals(200, signInPageWithWrongPassword.status(), signInPageWithWrongPassword::describe);

        JsonObject build = assertStatus(200, Server.anonymous().get("/api/v1/build"));
        assertFalse(build.getString("version").isBlank(), build::toString);
        assertTrue(build.containsKey("commit"), build::toString);
        assertFalse(build.getString("time").isBlank(), build::toString);
    }

    private static Reply create(JsonObject body) {
        return Server.as(AUTHOR).post(REPORTS, body);
    }

    private static String etagOf(JsonObject report) {
        return "\"" + report.getJsonNumber("version").longValue() + "\"";
    }
}
