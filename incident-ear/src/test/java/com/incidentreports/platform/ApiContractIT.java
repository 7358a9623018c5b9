package com.incidentreports.platform;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the API promises its clients beyond each operation: JSON read strictly (nothing silently dropped, replaced
 * or converted), a report read can be sent back as it is, and a page past the end still tells the total.
 */
@ApplicationTest
class ApiContractIT {

    private static final String REPORTS = "/api/v1/reports";

    private long serviceId;

    @BeforeEach
    void newService() {
        serviceId = TestData.service().create().getJsonNumber("id").longValue();
    }

    @Test
    void trailingContentAfterTheObjectIsRefused() {
        String body = TestData.report(serviceId).body().toString();

        JsonObject problem = assertProblem(400, Server.as(AUTHOR).post(REPORTS, body + " {\"title\": \"x\"}"));
        assertTrue(problem.getString("detail").startsWith("Nothing may follow"), problem::toString);
        assertProblem(400, Server.as(AUTHOR).post(REPORTS, body + "junk"));
    }

    @Test
    void aDuplicateKeyIsRefusedAndNamed() {
        String body = TestData.report(serviceId).body().toString();
        String twice = body.substring(0, body.length() - 1) + ", \"title\": \"Another title\"}";

        assertEquals("title", onlyField(assertProblem(400, Server.as(AUTHOR).post(REPORTS, twice))));
    }

    @Test
    void invalidUtf8AndLoneSurrogatesAreRefused() {
        String body = TestData.report(serviceId).titled("TITLE").body().toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int at = body.indexOf("TITLE");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;

        JsonObject problem = assertProblem(400, Server.as(AUTHOR).post(REPORTS, bytes));
        assertTrue(problem.getString("detail").contains("UTF-8"), problem::toString);
        assertEquals("title", onlyField(assertProblem(400,
                Server.as(AUTHOR).post(REPORTS, body.replace("TITLE", "half \\ud800 a pair")))));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNotConverted() {
        assertEquals("title", onlyField(assertProblem(400, Server.as(AUTHOR).post(REPORTS,
                TestData.report(serviceId).with("title", Json.createValue(12)).body()))));
        assertEquals("publish", onlyField(assertProblem(400, Server.as(AUTHOR).post(REPORTS,
                TestData.report(serviceId).with("publish", "yes").body()))));
        assertEquals("restriction.restricted", onlyField(assertProblem(400, Server.as(AUTHOR).post(REPORTS,
                TestData.report(serviceId).with("restriction", Json.createObjectBuilder()
                        .add("restricted", "true").build()).body()))));
    }

    @Test
    void aReportReadCanBeSentBackAsItIs() {
        JsonObject created = TestData.report(serviceId).with("restriction", Json.createObjectBuilder()
                .add("restricted", true).add("people", Json.createArrayBuilder().add(QA_LEAD.username()))
                .build()).create();
        String address = REPORTS + "/" + created.getJsonNumber("id");
        Reply read = Server.as(AUTHOR).get(address);
        JsonObject report = assertStatus(200, read);

        Reply sentBack = Server.as(AUTHOR).sendJson("PUT", address, read.body(), "If-Match", read.header("ETag"));

        JsonObject saved = assertStatus(200, sentBack);
        assertEquals(report.getString("title"), saved.getString("title"));
        assertEquals(serviceId, saved.getJsonObject("service").getJsonNumber("id").longValue());
        assertEquals(report.getJsonObject("restriction"), saved.getJsonObject("restriction"));
    }

    @Test
    void serviceIdAndServiceMustNameTheSameService() {
        long other = TestData.service().create().getJsonNumber("id").longValue();
        JsonObject body = TestData.report(serviceId)
                .with("service", Json.createObjectBuilder().add("id", other).build()).body();

        assertEquals("service", onlyField(assertProblem(400, Server.as(AUTHOR).post(REPORTS, body))));
        JsonObject byService = TestData.report(serviceId).without("serviceId")
                .with("service", Json.createObjectBuilder().add("id", other).build()).create();
        assertEquals(other, byService.getJsonObject("service").getJsonNumber("id").longValue());
    }

    @Test
    void aPageFarPastTheEndStillTellsTheTotal() {
        JsonObject service = TestData.service().create();
        long id = service.getJsonNumber("id").longValue();
        long report = TestData.report(id).published().create().getJsonNumber("id").longValue();
        TestData.report(id).published().create();
        TestData.action(report).createAs(QA_LEAD);

        JsonObject reports = assertStatus(200, Server.as(AUTHOR).get(REPORTS + "?first=1000&service=" + id));
        assertEquals(0, reports.getJsonArray("rows").size());
        assertEquals(2, reports.getJsonNumber("total").longValue());
        JsonObject actions = assertStatus(200, Server.as(QA_LEAD).get("/api/v1/actions?first=1000&service=" + id));
        assertEquals(0, actions.getJsonArray("rows").size());
        assertEquals(1, actions.getJsonNumber("total").longValue());
        JsonObject audit = assertStatus(200, Server.as(ADMIN).get("/api/v1/admin/audit?first=100000000"));
        assertEquals(0, audit.getJsonArray("rows").size());
        assertTrue(audit.getJsonNumber("total").longValue() > 0, audit::toString);
    }

    private static String onlyField(JsonObject problem) {
        assertEquals(1, problem.getJsonArray("errors").size(), problem::toString);
        return problem.getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
