package com.incidentreports.platform;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.ApiAssertions.fieldMessage;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a careless or hostile client cannot make the server do: read a body larger than anything it takes, answer
 * pages of any size, or sort and filter by what does not exist. Each is refused with a problem saying what is
 * allowed.
 */
@ApplicationTest
class RequestLimitsIT {

    private static final int JSON_LIMIT = 2 * 1024 * 1024;

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        String comments = "/api/v1/reports/" + TestData.publishedReport().getJsonNumber("id").longValue()
                + "/comments";
        String tooLarge = "{\"body\": \"" + "a".repeat(JSON_LIMIT) + "\"}";

        JsonObject stated = assertProblem(413, Server.as(STAFF).post(comments, tooLarge));
        assertTrue(stated.getString("detail").contains("2 MB"), stated::toString);
        JsonObject chunked = assertProblem(413, Server.as(STAFF).postChunked(comments,
                tooLarge.getBytes(StandardCharsets.UTF_8)));
        assertTrue(chunked.getString("detail").contains("2 MB"), chunked::toString);

        assertStatus(201, Server.as(STAFF).postChunked(comments,
                "{\"body\": \"Sent in chunks, well under the limit.\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, assertStatus(200, Server.as(STAFF).get(comments)).getInt("total"),
                "neither body too large was saved");
    }

    @Test
    void aPageLargerThanTheCapIsRefusedNamingTheCap() {
        JsonObject problem = assertProblem(400, Server.as(STAFF).get("/api/v1/reports?size=1000"));
        assertTrue(fieldMessage(problem, "size").contains("100"), problem::toString);
        assertProblem(400, Server.as(STAFF).get("/api/v1/reports/" + TestData.publishedReport()
                .getJsonNumber("id").longValue() + "/comments?size=101"));
    }

    @Test
    void anUnknownSortKeyOrFilterValueIsRefusedNamingTheAllowedOnes() {
        JsonObject sort = assertProblem(400, Server.as(STAFF).get("/api/v1/reports?sort=password"));
        assertTrue(fieldMessage(sort, "sort").contains("startedAt"), sort::toString);
        JsonObject actions = assertProblem(400, Server.as(STAFF).get("/api/v1/actions?sort=owner.password"));
        assertTrue(fieldMessage(actions, "sort").contains("dueDate"), actions::toString);
        JsonObject archived = assertProblem(400, Server.as(STAFF).get("/api/v1/services?includeArchived=yes"));
        assertTrue(fieldMessage(archived, "includeArchived").contains("true or false"), archived::toString);
        Reply both = Server.as(STAFF).get("/api/v1/reports?sort=nothing&order=sideways&severity=SEV9");
        assertEquals(3, assertProblem(400, both).getJsonArray("errors").size(), both::describe);
    }
}
