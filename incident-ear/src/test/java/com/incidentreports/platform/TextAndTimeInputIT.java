package com.incidentreports.platform;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.ApiAssertions.fieldMessage;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text no person types (NUL and other control characters) and times far outside the years people mean are
 * refused with a 400 naming the field, on every database: PostgreSQL cannot store them and used to answer 500
 * (run with -Ppostgresql as well as on H2).
 */
@ApplicationTest
class TextAndTimeInputIT {

    private static final String NUL = "a\u0000b";

    @Test
    void controlCharactersInTextAreRefusedAndTheFieldNamed() {
        long serviceId = TestData.service().create().getJsonNumber("id").longValue();
        long reportId = TestData.publishedReport().getJsonNumber("id").longValue();

        assertRefused("body", Server.as(STAFF).post("/api/v1/reports/" + reportId + "/comments",
                Json.createObjectBuilder().add("body", NUL).build()), "NUL");
        assertRefused("title", Server.as(AUTHOR).post("/api/v1/reports",
                TestData.report(serviceId).titled("Escape \u001b[31m red").body()), "NUL");
        assertRefused("compensation", Server.as(AUTHOR).post("/api/v1/reports",
                TestData.report(serviceId).with("compensation", NUL).body()), "NUL");
        assertRefused("name", Server.as(ADMIN).post("/api/v1/services",
                TestData.service().named(NUL).body()), "NUL");
        assertRefused("title", Server.as(QA_LEAD).post(TestData.action(reportId).address(),
                TestData.action(reportId).with("title", NUL).body()), "NUL");
        assertRefused("name", Server.as(STAFF).post("/api/v1/me/tokens",
                Json.createObjectBuilder().add("name", NUL).build()), "NUL");
    }

    @Test
    void lineBreaksAndTabsStayWhereTextHasLines() {
        long reportId = TestData.publishedReport().getJsonNumber("id").longValue();

        JsonObject comment = TestData.comment(reportId).saying("First line\r\n\tindented").postAs(STAFF);

        assertEquals("First line\r\n\tindented", comment.getString("body"));
    }

    @Test
    void controlCharactersInQueryParametersAndPathsAreRefused() {
        assertRefused("q", Server.as(STAFF).get("/api/v1/reports?q=a%00b"), "NUL");
        assertRefused("q", Server.as(STAFF).get("/api/v1/reports?q=a%0Ab"), "NUL");
        assertRefused("owner", Server.as(STAFF).get("/api/v1/actions?owner=%01"), "NUL");
        assertEquals(400, Server.as(STAFF).get("/api/v1/services/a%00b").status(),
                "the server itself refuses a control character in the path");
        assertRefused("q", Server.as(ADMIN).get("/api/v1/admin/people?q=%00"), "NUL");
    }

    @Test
    void timesOutsideTheYears1990To2200AreRefused() {
        long serviceId = TestData.service().create().getJsonNumber("id").longValue();
        long reportId = TestData.publishedReport().getJsonNumber("id").longValue();

        assertRefused("startedAt", Server.as(AUTHOR).post("/api/v1/reports", TestData.report(serviceId)
                .with("startedAt", "-999999999-01-01T00:00:00Z").without("detectedAt").body()), "1990");
        assertRefused("endedAt", Server.as(AUTHOR).post("/api/v1/reports", TestData.report(serviceId)
                .with("endedAt", "+300000-01-01T00:00:00Z").body()), "2200");
        assertRefused("dueDate", Server.as(QA_LEAD).post(TestData.action(reportId).address(),
                TestData.action(reportId).with("dueDate", "+999999999-12-31").body()), "2200");
        assertRefused("expiresAt", Server.as(STAFF).post("/api/v1/me/tokens", Json.createObjectBuilder()
                .add("name", "Far future").add("expiresAt", "+999999999-12-31T23:59:59Z").build()), "2200");
        assertRefused("from", Server.as(STAFF).get("/api/v1/reports?from=-999999999-01-01T00:00:00Z"), "1990");
        assertRefused("to", Server.as(ADMIN).get("/api/v1/admin/audit?to=%2B300000-01-01"), "2200");
    }

    @Test
    void timesWithinTheRangeAreTaken() {
        long serviceId = TestData.service().create().getJsonNumber("id").longValue();

        assertStatus(201, Server.as(AUTHOR).post("/api/v1/reports", TestData.report(serviceId)
                .with("startedAt", "1990-01-01T00:00:00Z").without("detectedAt").without("endedAt").body()));
        assertStatus(200, Server.as(STAFF).get("/api/v1/reports?from=1990-01-01&to=2200-12-31"));
    }

    private static void assertRefused(String field, Reply reply, String messageMentions) {
        String message = fieldMessage(assertProblem(400, reply), field);
        assertTrue(message.contains(messageMentions), message);
    }
}
