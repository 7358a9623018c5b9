package com.incidentreports.report;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

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
 * A report restricted to named people or groups does not exist for anyone else: its page and API answer as for a
 * report that was never written, and it is left out of lists, search, service logs and their counts, the discussion,
 * follow-up actions, the CSV export and notifications. Its authors, the people and groups named and admins see it.
 * The QA lead is the person named (and, through the registry group QA_LEAD, the group member); staff is the outsider.
 */
@ApplicationTest
class RestrictedReportIT {

    private static final String REPORTS = "/api/v1/reports";

    private String slug;
    private long serviceId;
    private String word;
    private long openId;

    @BeforeEach
    void serviceWithAnOpenReport() {
        for (DemoUser user : DemoUser.values()) {
            // People are named by the User record their first sign-in creates; groups come with each sign-in.
            assertStatus(200, Server.as(user).get("/api/v1/me"));
        }
        JsonObject service = TestData.service().create();
        slug = service.getString("slug");
        serviceId = service.getJsonNumber("id").longValue();
        word = TestData.uniqueWord();
        openId = idOf(TestData.report(serviceId).titled("Open " + word).published().create());
    }

    @Test
    void anOutsiderFindsNoTraceOfAReportRestrictedToSomeoneElse() {
        JsonObject report = restrictedReport(List.of(QA_LEAD.username()), List.of());
        long id = idOf(report);
        long actionId = idOf(TestData.action(id).ownedBy(QA_LEAD).createAs(ADMIN));

        JsonObject missing = assertProblem(404, Server.as(STAFF).get(REPORTS + "/" + id));
        JsonObject neverWritten = assertProblem(404, Server.as(STAFF).get(REPORTS + "/" + (id + 1_000_000)));
        assertEquals(neverWritten.getString("title"), missing.getString("title"));
        assertEquals(neverWritten.getString("type"), missing.getString("type"));
        assertEquals(404, Server.as(STAFF).page("/reports/" + id).status());

        assertEquals(List.of(openId), idsListed(STAFF, "?service=" + serviceId));
        assertEquals(List.of(openId), idsListed(STAFF, "?q=" + word));
        assertEquals(1, reportCountOfTheService(STAFF));
        String log = Server.as(STAFF).page("/services/" + slug).body();
        assertFalse(log.contains(report.getString("title")), log);

        assertProblem(404, Server.as(STAFF).get(REPORTS + "/" + id + "/comments"));
        assertProblem(404, Server.as(STAFF).post(REPORTS + "/" + id + "/comments", TestData.comment(id).body()));
        assertProblem(404, Server.as(STAFF).send("PUT", REPORTS + "/" + id + "/like"));
        JsonObject comment = TestData.comment(id).saying("Only for the few.").postAs(QA_LEAD);
        assertProblem(404, Server.as(STAFF).get("/api/v1/comments/" + comment.getJsonNumber("id")));

        assertProblem(404, Server.as(STAFF).get(REPORTS + "/" + id + "/actions"));
        assertProblem(404, Server.as(STAFF).get("/api/v1/actions/" + actionId));
        assertEquals(0, assertStatus(200, Server.as(STAFF).get("/api/v1/actions?service=" + slug)).getInt("total"));
        String csv = Server.as(STAFF).get("/api/v1/actions/export?service=" + slug).body();
        assertFalse(csv.contains(report.getString("title")), csv);

        JsonObject refused = assertProblem(400, Server.as(QA_LEAD).post(REPORTS + "/" + id + "/actions",
                TestData.action(id).ownedBy(STAFF).body()));
        assertTrue(fieldMessage(refused, "owner").contains("cannot see this restricted report"), refused::toString);
    }

    @Test
    void thePersonNamedTheAuthorAndAdminsSeeItEverywhere() {
        JsonObject report = restrictedReport(List.of(QA_LEAD.username()), List.of());
        long id = idOf(report);
        TestData.action(id).ownedBy(QA_LEAD).createAs(ADMIN);

        for (DemoUser insider : List.of(QA_LEAD, AUTHOR, ADMIN)) {
            JsonObject read = assertStatus(200, Server.as(insider).get(REPORTS + "/" + id));
            JsonObject restriction = read.getJsonObject("restriction");
            assertTrue(restriction.getBoolean("restricted"), read::toString);
            assertEquals(QA_LEAD.username(),
                    restriction.getJsonArray("people").getJsonObject(0).getString("username"));
            String page = Server.as(insider).page("/reports/" + id).body();
            assertTrue(page.contains("Restricted to"), insider + " sees the badge");
            assertEquals(List.of(id, openId).stream().sorted().toList(),
                    idsListed(insider, "?service=" + serviceId).stream().sorted().toList(), insider::toString);
            assertEquals(2, idsListed(insider, "?q=" + word).size(), insider::toString);
            assertEquals(2, reportCountOfTheService(insider), insider::toString);
            assertTrue(Server.as(insider).page("/services/" + slug).body().contains(report.getString("title")));
            assertStatus(200, Server.as(insider).get(REPORTS + "/" + id + "/comments"));
            assertEquals(1, actionsOf(insider, id), insider::toString);
        }
        assertTrue(Server.as(QA_LEAD).get("/api/v1/actions/export?service=" + slug).body()
                .contains(report.getString("title")));
        assertTrue(Server.as(ADMIN).get("/api/v1/actions/export?service=" + slug).body()
                .contains(report.getString("title")));
        assertEquals(1, assertStatus(200, Server.as(QA_LEAD).get("/api/v1/actions?owner=qalead&service=" + slug))
                .getInt("total"));
    }

    @Test
    void aGroupMemberSeesAReportRestrictedToTheirGroupAndNobodyElseDoes() {
        try (Browser browser = Browser.open()) {
            // Signing in on the form stores the registry groups the QA lead has now (QA_LEAD among them).
            browser.get("login");
            browser.signIn(QA_LEAD);
        }
        long id = idOf(restrictedReport(List.of(), List.of("QA_LEAD")));

        assertStatus(200, Server.as(QA_LEAD).get(REPORTS + "/" + id));
        assertEquals(200, Server.as(QA_LEAD).page("/reports/" + id).status());
        assertEquals(2, idsListed(QA_LEAD, "?service=" + serviceId).size());
        assertEquals(2, reportCountOfTheService(QA_LEAD));

        assertProblem(404, Server.as(STAFF).get(REPORTS + "/" + id));
        assertEquals(404, Server.as(STAFF).page("/reports/" + id).status());
        assertEquals(List.of(openId), idsListed(STAFF, "?service=" + serviceId));
        assertEquals(1, reportCountOfTheService(STAFF));
    }

    @Test
    void countsRememberedForEveryoneDoNotCountRestrictedReports() {
        assertEquals(1, assertStatus(200, Server.as(STAFF).get(REPORTS + "?q=" + word)).getInt("total"));
        restrictedReport(List.of(QA_LEAD.username()), List.of());

        assertEquals(1, assertStatus(200, Server.as(STAFF).get(REPORTS + "?q=" + word)).getInt("total"));
        assertEquals(2, assertStatus(200, Server.as(QA_LEAD).get(REPORTS + "?q=" + word)).getInt("total"));
        assertEquals(1, assertStatus(200, Server.as(STAFF).get(REPORTS + "?q=" + word)).getInt("total"),
                "the count taken for the QA lead is not handed to staff");
        assertEquals(2, assertStatus(200, Server.as(ADMIN).get(REPORTS + "?q=" + word)).getInt("total"));
    }

    @Test
    void mentionsAndWatchersOutsideTheRestrictionAreNotNotifiedAndTheWriterIsTold() {
        long id = idOf(restrictedReport(List.of(QA_LEAD.username()), List.of()));

        JsonObject comment = TestData.comment(id).saying("Asking @staff and @qalead to look.").postAs(AUTHOR);

        assertEquals(List.of(STAFF.username()), strings(comment, "notNotified"));
        assertTrue(notificationsOf(STAFF, id).isEmpty());
        assertEquals("MENTION", notificationsOf(QA_LEAD, id).get(0).getString("kind"));

        TestData.comment(id).saying("A reply everyone watching would hear of.").replyingTo(comment).postAs(QA_LEAD);
        assertTrue(notificationsOf(STAFF, id).isEmpty());
        assertEquals(1, notificationsOf(AUTHOR, id).size());
    }

    @Test
    void notificationsOfAReportThatBecomesRestrictedNoLongerShowIt() {
        TestData.comment(openId).saying("What do you think, @staff?").postAs(QA_LEAD);
        assertEquals(1, notificationsOf(STAFF, openId).size());

        Reply read = Server.as(AUTHOR).get(REPORTS + "/" + openId);
        JsonObject changed = TestData.report(serviceId).titled("Open " + word)
                .with("restriction", restriction(List.of(QA_LEAD.username()), List.of())).body();
        assertStatus(200, Server.as(AUTHOR).put(REPORTS + "/" + openId, changed, "If-Match", read.header("ETag")));

        assertTrue(notificationsOf(STAFF, openId).isEmpty());
        assertEquals(1, notificationsOf(AUTHOR, openId).size(), "the author still hears of it");
        assertProblem(404, Server.as(STAFF).get(REPORTS + "/" + openId));
    }

    @Test
    void anEditWithoutARestrictionKeepsItAndOpeningItShowsItToAllAgain() {
        JsonObject report = restrictedReport(List.of(QA_LEAD.username()), List.of());
        long id = idOf(report);
        Reply read = Server.as(AUTHOR).get(REPORTS + "/" + id);
        JsonObject withoutRestriction = TestData.report(serviceId).titled("Still restricted " + word).body();
        Reply saved = Server.as(AUTHOR).put(REPORTS + "/" + id, withoutRestriction, "If-Match", read.header("ETag"));
        assertTrue(assertStatus(200, saved).getJsonObject("restriction").getBoolean("restricted"));
        assertProblem(404, Server.as(STAFF).get(REPORTS + "/" + id));

        JsonObject opened = TestData.report(serviceId).titled("Open again " + word)
                .with("restriction", Json.createObjectBuilder().add("restricted", false).build()).body();
        assertStatus(200, Server.as(AUTHOR).put(REPORTS + "/" + id, opened, "If-Match", saved.header("ETag")));
        assertStatus(200, Server.as(STAFF).get(REPORTS + "/" + id));
        assertEquals(2, reportCountOfTheService(STAFF));
    }

    @Test
    void restrictingToSomeoneWhoNeverSignedInIsRefusedByName() {
        String nobody = "nobody-" + TestData.uniqueWord();
        JsonObject problem = assertProblem(400, Server.as(AUTHOR).post(REPORTS, TestData.report(serviceId)
                .with("restriction", restriction(List.of(nobody), List.of())).published().body()));
        assertTrue(fieldMessage(problem, "restriction.people").contains(nobody), problem::toString);
    }

    @Test
    void onlyItsAuthorsAndAdminsChangeAReportEvenAnotherAuthor() {
        JsonObject byAdmin = TestData.report(serviceId).published().createAs(ADMIN);
        long id = idOf(byAdmin);
        Reply read = Server.as(AUTHOR).get(REPORTS + "/" + id);
        JsonObject changed = TestData.report(serviceId).titled("Taken over " + word).body();

        assertProblem(403, Server.as(AUTHOR).put(REPORTS + "/" + id, changed, "If-Match", read.header("ETag")));
        assertProblem(403, Server.as(QA_LEAD).put(REPORTS + "/" + id, changed, "If-Match", read.header("ETag")));
        assertFalse(assertStatus(200, Server.as(AUTHOR).get(REPORTS + "/" + id)).getBoolean("editable"));

        JsonObject own = TestData.report(serviceId).published().create();
        Reply ownRead = Server.as(ADMIN).get(REPORTS + "/" + idOf(own));
        assertStatus(200, Server.as(ADMIN).put(REPORTS + "/" + idOf(own),
                TestData.report(serviceId).titled("Fixed by an admin " + word).body(), "If-Match", ownRead.header("ETag")));
    }

    private JsonObject restrictedReport(List<String> people, List<String> groups) {
        return TestData.report(serviceId).titled("Restricted " + word + " " + TestData.uniqueWord())
                .with("restriction", restriction(people, groups)).published().create();
    }

    private static JsonObject restriction(List<String> people, List<String> groups) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        people.forEach(names::add);
        JsonArrayBuilder groupNames = Json.createArrayBuilder();
        groups.forEach(groupNames::add);
        return Json.createObjectBuilder().add("restricted", true).add("people", names).add("groups", groupNames)
                .build();
    }

    private List<Long> idsListed(DemoUser user, String query) {
        return assertStatus(200, Server.as(user).get(REPORTS + query)).getJsonArray("rows").stream()
                .map(row -> row.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private int reportCountOfTheService(DemoUser user) {
        int single = assertStatus(200, Server.as(user).get("/api/v1/services/" + slug)).getInt("reportCount");
        int listed = Server.as(user).get("/api/v1/services").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(service -> service.getString("slug").equals(slug)).findFirst().orElseThrow()
                .getInt("reportCount");
        assertEquals(single, listed, "the service list counts as the service log does");
        return single;
    }

    private static int actionsOf(DemoUser user, long reportId) {
        return Server.as(user).get(REPORTS + "/" + reportId + "/actions").jsonArray().size();
    }

    private static List<JsonObject> notificationsOf(DemoUser user, long reportId) {
        return assertStatus(200, Server.as(user).get("/api/v1/notifications")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(line -> line.getJsonNumber("reportId").longValue() == reportId)
                .toList();
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString::getString);
    }

    private static long idOf(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
