package com.incidentreports.action;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

/** Follow-up actions through the REST API: who may do what, the moves and their evidence, versions, lists. */
@ApplicationTest
class ActionApiIT {

    private long reportId;

    @BeforeEach
    void aPublishedReport() {
        reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        Server.as(STAFF).get("/api/v1/notifications");
    }

    @Test
    void authorsProposeAndQaLeadsAssign() {
        JsonObject proposal = TestData.action(reportId).createAs(AUTHOR);
        assertEquals("PROPOSED", proposal.getString("status"));
        assertEquals("Cover the **invite sign-up** end to end.", proposal.getString("description"));
        assertFalse(proposal.containsKey("descriptionHtml"), "the API gives the Markdown only");
        assertTrue(!proposal.containsKey("owner") || proposal.isNull("owner"), proposal::toString);
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(56).toString(), proposal.getString("dueDate"),
                "a SEV3 report's actions are due in 56 days unless told otherwise");

        assertProblem(403, Server.as(AUTHOR).post("/api/v1/reports/" + reportId + "/actions",
                TestData.action(reportId).ownedBy(AUTHOR).body()));
        assertProblem(403, Server.as(STAFF).post("/api/v1/reports/" + reportId + "/actions",
                TestData.action(reportId).body()));

        JsonObject assigned = put(QA_LEAD, proposal, withOwner(proposal, AUTHOR));
        assertEquals("OPEN", assigned.getString("status"));
        assertEquals(AUTHOR.username(), assigned.getJsonObject("owner").getString("username"));
        assertEquals(QA_LEAD.username(), assigned.getJsonObject("assignedBy").getString("username"));

        Reply byAuthor = Server.as(AUTHOR).put("/api/v1/actions/" + id(assigned), withOwner(assigned, STAFF),
                "If-Match", "\"" + assigned.getJsonNumber("version") + "\"");
        assertProblem(403, byAuthor);
    }

    @Test
    void onlyTheOwnerOrAQaLeadMovesItAndDoneNeedsEvidence() {
        JsonObject action = TestData.action(reportId).ownedBy(AUTHOR).dueInDays(10).createAs(QA_LEAD);
        assertEquals("OPEN", action.getString("status"));

        assertProblem(403, move(STAFF, action, "IN_PROGRESS", null, null));
        assertEquals("IN_PROGRESS", assertStatus(200, move(AUTHOR, action, "IN_PROGRESS", null, null))
                .getString("status"));

        JsonObject withoutEvidence = assertProblem(400, move(AUTHOR, action, "DONE", List.of(), null));
        assertTrue(fieldMessage(withoutEvidence, "evidence").contains("at least one link"), withoutEvidence::toString);
        assertTrue(fieldMessage(withoutEvidence, "note").contains("note"), withoutEvidence::toString);
        JsonObject notWeb = assertProblem(400, move(AUTHOR, action, "DONE",
                List.of("https://ci.example.com/runs/1", "file:///etc/passwd"), "Tested."));
        assertTrue(fieldMessage(notWeb, "evidence[1]").contains("http or https"), notWeb::toString);

        JsonObject done = assertStatus(200, move(AUTHOR, action, "DONE",
                List.of("https://ci.example.com/runs/42"), "The test runs on every build."));
        assertEquals("DONE", done.getString("status"));
        assertEquals("https://ci.example.com/runs/42", done.getJsonArray("evidence").getString(0));

        assertProblem(403, move(AUTHOR, done, "VERIFIED", null, null));
        JsonObject reopen = assertProblem(400, move(QA_LEAD, done, "OPEN", null, null));
        assertTrue(fieldMessage(reopen, "note").contains("why"), reopen::toString);
        assertEquals("VERIFIED", assertStatus(200, move(QA_LEAD, done, "VERIFIED", null, null)).getString("status"));
    }

    @Test
    void anInvalidMoveIsAConflictThatSaysWhatIsAllowed() {
        JsonObject action = TestData.action(reportId).ownedBy(AUTHOR).createAs(QA_LEAD);
        JsonObject problem = assertProblem(409, move(QA_LEAD, action, "VERIFIED", null, null));
        assertTrue(problem.getString("detail").contains("cannot become Verified"), problem::toString);
        assertTrue(problem.getString("detail").contains("In progress"), problem::toString);

        assertProblem(400, Server.as(QA_LEAD).post("/api/v1/actions/" + id(action) + "/transitions",
                Json.createObjectBuilder().add("to", "FINISHED").build()));
    }

    @Test
    void wontDoNeedsAReasonAndAQaLeadsConsent() {
        JsonObject action = TestData.action(reportId).ownedBy(AUTHOR).createAs(QA_LEAD);
        assertProblem(400, move(AUTHOR, action, "WONT_DO_REQUESTED", null, null));
        assertProblem(403, move(AUTHOR, action, "WONT_DO", null, "Not needed."));
        JsonObject requested = assertStatus(200, move(AUTHOR, action, "WONT_DO_REQUESTED", null,
                "The service is being retired."));
        assertProblem(403, move(AUTHOR, requested, "WONT_DO", null, null));
        assertEquals("WONT_DO", assertStatus(200, move(QA_LEAD, requested, "WONT_DO", null, null))
                .getString("status"));
    }

    @Test
    void everyChangeIsKeptWithWhoAndWhen() {
        JsonObject action = TestData.action(reportId).ownedBy(AUTHOR).dueInDays(20).createAs(QA_LEAD);
        assertStatus(200, move(AUTHOR, action, "IN_PROGRESS", null, null));
        JsonObject current = assertStatus(200, Server.as(QA_LEAD).get("/api/v1/actions/" + id(action)));
        JsonObject later = Json.createObjectBuilder(withOwner(current, QA_LEAD))
                .add("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()).build();
        put(QA_LEAD, current, later);

        JsonObject read = assertStatus(200, Server.as(STAFF).get("/api/v1/actions/" + id(action)));
        List<String> changes = read.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .map(c -> c.getString("field") + ":" + c.getString("from", "-") + ">" + c.getString("to", "-")
                        + ":" + c.getJsonObject("by").getString("username"))
                .toList();
        assertEquals(List.of(
                "STATUS:->OPEN:qalead",
                "DUE_DATE:->" + LocalDate.now(ZoneOffset.UTC).plusDays(20) + ":qalead",
                "OWNER:->author:qalead",
                "STATUS:OPEN>IN_PROGRESS:author",
                "DUE_DATE:" + LocalDate.now(ZoneOffset.UTC).plusDays(20) + ">"
                        + LocalDate.now(ZoneOffset.UTC).plusDays(30) + ":qalead",
                "OWNER:author>qalead:qalead"), changes);
        assertFalse(read.getJsonArray("history").getJsonObject(0).getString("at").isBlank());
    }

    @Test
    void changesNeedTheCurrentVersion() {
        JsonObject action = TestData.action(reportId).ownedBy(AUTHOR).createAs(QA_LEAD);
        String path = "/api/v1/actions/" + id(action);
        Reply read = Server.as(QA_LEAD).get(path);
        assertEquals("\"" + action.getJsonNumber("version") + "\"", read.header("ETag"));

        assertProblem(428, Server.as(QA_LEAD).put(path, withOwner(action, AUTHOR)));
        put(QA_LEAD, action, Json.createObjectBuilder(withOwner(action, AUTHOR)).add("title", "Renamed").build());
        assertProblem(412, Server.as(QA_LEAD).put(path, withOwner(action, AUTHOR),
                "If-Match", "\"" + action.getJsonNumber("version") + "\""));
        assertEquals("Renamed", assertStatus(200, Server.as(STAFF).get(path)).getString("title"));
    }

    @Test
    void badInputIsRefusedWithTheFieldsNamed() {
        JsonObject past = assertProblem(400, Server.as(QA_LEAD).post("/api/v1/reports/" + reportId + "/actions",
                TestData.action(reportId).dueInDays(-1).body()));
        assertTrue(fieldMessage(past, "dueDate").contains("past"), past::toString);
        JsonObject noTitle = assertProblem(400, Server.as(QA_LEAD).post("/api/v1/reports/" + reportId + "/actions",
                TestData.action(reportId).with("title", " ").body()));
        assertTrue(fieldMessage(noTitle, "title").contains("title"), noTitle::toString);
        assertProblem(400, Server.as(QA_LEAD).post("/api/v1/reports/" + reportId + "/actions",
                TestData.action(reportId).with("title", "x".repeat(201)).body()));
        assertProblem(400, Server.as(QA_LEAD).post("/api/v1/reports/" + reportId + "/actions",
                TestData.action(reportId).ownedBy(AUTHOR).with("owner", TestData.uniqueWord()).body()));
        assertProblem(400, Server.as(QA_LEAD).post("/api/v1/reports/" + reportId + "/actions",
                "{\"title\": \"x\", \"type\": \"SOMETIMES\", \"priority\": \"P1\"}"));
        assertProblem(404, Server.as(QA_LEAD).get("/api/v1/actions/987654321"));
    }

    @Test
    void aDraftsActionsExistOnlyForThoseWhoSeeTheDraft() {
        long service = TestData.service().create().getJsonNumber("id").longValue();
        long draft = TestData.report(service).create().getJsonNumber("id").longValue();
        JsonObject action = TestData.action(draft).createAs(AUTHOR);

        assertProblem(404, Server.as(QA_LEAD).get("/api/v1/actions/" + id(action)));
        assertProblem(404, Server.as(STAFF).get("/api/v1/reports/" + draft + "/actions"));
        assertProblem(404, Server.as(QA_LEAD).post("/api/v1/reports/" + draft + "/actions",
                TestData.action(draft).body()));
        assertEquals(1, Server.as(AUTHOR).get("/api/v1/reports/" + draft + "/actions").jsonArray().size());
        assertEquals(1, Server.as(ADMIN).get("/api/v1/reports/" + draft + "/actions").jsonArray().size());
        assertEquals(0, assertStatus(200, Server.as(QA_LEAD).get("/api/v1/actions?size=100&service=" + service))
                .getJsonNumber("total").longValue());
    }

    @Test
    void listsFilterByOwnerStatusAndOverdue() {
        JsonObject mine = TestData.action(reportId).ownedBy(QA_LEAD).dueInDays(1).createAs(QA_LEAD);
        TestData.action(reportId).ownedBy(AUTHOR).createAs(QA_LEAD);
        String service = "&service=" + assertStatus(200, Server.as(STAFF).get("/api/v1/reports/" + reportId))
                .getJsonObject("service").getString("slug");

        JsonObject byOwner = assertStatus(200, Server.as(STAFF).get("/api/v1/actions?owner=qalead" + service));
        assertEquals(1, byOwner.getJsonNumber("total").longValue(), byOwner::toString);
        assertEquals(id(mine), byOwner.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(2, assertStatus(200, Server.as(STAFF).get("/api/v1/actions?status=OPEN" + service))
                .getJsonNumber("total").longValue());
        assertEquals(0, assertStatus(200, Server.as(STAFF).get("/api/v1/actions?overdue=true" + service))
                .getJsonNumber("total").longValue());
        assertEquals(1, assertStatus(200, Server.as(STAFF).get("/api/v1/actions?size=1" + service))
                .getJsonArray("rows").size());

        JsonObject problem = assertProblem(400, Server.as(STAFF).get("/api/v1/actions?status=LATE&overdue=maybe&size=0"));
        assertEquals(3, problem.getJsonArray("errors").size(), problem::toString);
    }

    @Test
    void theExportHoldsEveryMatchingActionAsCsv() {
        TestData.action(reportId).ownedBy(AUTHOR).with("title", "Quote \"this\", then, a comma").createAs(QA_LEAD);
        TestData.action(reportId).ownedBy(AUTHOR).createAs(QA_LEAD);
        String slug = assertStatus(200, Server.as(STAFF).get("/api/v1/reports/" + reportId))
                .getJsonObject("service").getString("slug");

        Reply csv = Server.as(QA_LEAD).get("/api/v1/actions/export?size=1&service=" + slug);
        assertEquals(200, csv.status(), csv::describe);
        assertTrue(csv.contentType().startsWith("text/csv"), csv::describe);
        String[] lines = csv.body().split("\r\n");
        assertEquals(3, lines.length, csv.body());
        assertTrue(lines[0].startsWith("id,title,type,priority,status,owner"), lines[0]);
        assertTrue(csv.body().contains("\"Quote \"\"this\"\", then, a comma\""), csv.body());
    }

    @Test
    void theExportNeutralisesCellsASpreadsheetWouldRunAsFormulas() {
        JsonObject service = TestData.service().create();
        long report = TestData.report(service.getJsonNumber("id").longValue())
                .titled("=HYPERLINK(\"http://evil.example/r\",\"open\")").published().create()
                .getJsonNumber("id").longValue();
        TestData.action(report).with("title", "=cmd|' /C calc'!A0").createAs(QA_LEAD);
        TestData.action(report).with("title", "@SUM(1+1)").createAs(QA_LEAD);

        Reply csv = Server.as(QA_LEAD).get("/api/v1/actions/export?service=" + service.getString("slug")
                + "&sort=title&order=asc");

        assertEquals(200, csv.status(), csv::describe);
        String[] lines = csv.body().split("\r\n");
        assertEquals(3, lines.length, csv.body());
        assertTrue(lines[1].contains(",'=cmd|' /C calc'!A0,"), lines[1]);
        assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://evil.example/r\"\",\"\"open\"\")\","), lines[1]);
        assertTrue(lines[2].contains(",'@SUM(1+1),"), lines[2]);
    }

    /** The editable fields of an action as read, with {@code owner} as its owner: the body of a PUT. */
    private static JsonObject withOwner(JsonObject action, DemoUser owner) {
        var body = Json.createObjectBuilder()
                .add("title", action.getString("title"))
                .add("type", action.getString("type"))
                .add("priority", action.getString("priority"))
                .add("owner", owner.username());
        if (action.containsKey("description") && !action.isNull("description")) {
            body.add("description", action.getString("description"));
        }
        if (action.containsKey("dueDate") && !action.isNull("dueDate")) {
            body.add("dueDate", action.getString("dueDate"));
        }
        return body.build();
    }

    private static JsonObject put(DemoUser user, JsonObject current, JsonObject body) {
        return assertStatus(200, Server.as(user).put("/api/v1/actions/" + id(current), body,
                "If-Match", "\"" + current.getJsonNumber("version") + "\""));
    }

    private static Reply move(DemoUser user, JsonObject action, String to, List<String> evidence, String note) {
        var body = Json.createObjectBuilder().add("to", to);
        if (evidence != null) {
            JsonArrayBuilder links = Json.createArrayBuilder();
            evidence.forEach(links::add);
            body.add("evidence", links);
        }
        if (note != null) {
            body.add("note", note);
        }
        return Server.as(user).post("/api/v1/actions/" + id(action) + "/transitions", body.build());
    }

    private static long id(JsonObject action) {
        return action.getJsonNumber("id").longValue();
    }
}
