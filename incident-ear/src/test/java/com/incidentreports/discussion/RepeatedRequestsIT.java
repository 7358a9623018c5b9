package com.incidentreports.discussion;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.AtOnce;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request sent many times at once, as a client retrying or a person clicking twice sends it: a comment posted
 * twenty times with one Idempotency-Key is one comment, and twenty likes at once are one like, each answered as
 * the first.
 */
@ApplicationTest
class RepeatedRequestsIT {

    private static final int AT_ONCE = 20;
    private static final String KEY = "Idempotency-Key";

    private long reportId;
    private String comments;

    @BeforeEach
    void publishedReport() {
        reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        comments = "/api/v1/reports/" + reportId + "/comments";
    }

    @Test
    void twentyPostsWithOneKeyMakeOneCommentAndAllGetItsAnswer() throws Exception {
        String text = "Sent twenty times " + TestData.uniqueWord();
        String key = UUID.randomUUID().toString();
        List<Reply> replies = AtOnce.send(AT_ONCE, () -> Server.as(STAFF).post(comments, body(text), KEY, key));

        JsonObject first = assertStatus(201, replies.get(0));
        for (Reply reply : replies) {
            assertEquals(first, assertStatus(201, reply), "every answer is the first one");
            assertEquals(replies.get(0).header("Location"), reply.header("Location"));
            assertEquals(replies.get(0).header("ETag"), reply.header("ETag"));
        }
        assertEquals(1, assertStatus(200, Server.as(STAFF).get(comments)).getInt("total"), "one comment is saved");
    }

    @Test
    void aKeyNamesOneRequestOfOnePerson() {
        String key = UUID.randomUUID().toString();
        assertStatus(201, Server.as(STAFF).post(comments, body("The first."), KEY, key));
        JsonObject other = assertProblem(422, Server.as(STAFF).post(comments, body("Another."), KEY, key));
        assertTrue(other.getString("detail").contains("another request"), other::toString);
        assertStatus(201, Server.as(AUTHOR).post(comments, body("Another."), KEY, key));
        assertProblem(400, Server.as(STAFF).post(comments, body("A bad key."), KEY, "two words"));

        assertStatus(201, Server.as(STAFF).post(comments, body("No key.")));
        assertStatus(201, Server.as(STAFF).post(comments, body("No key.")));
        assertEquals(4, assertStatus(200, Server.as(STAFF).get(comments)).getInt("total"),
                "the first, the author's, and both without a key");
    }

    @Test
    void twentyLikesAtOnceLeaveOneLikeAndAllSucceed() throws Exception {
        JsonObject comment = TestData.comment(reportId).postAs(AUTHOR);
        String like = "/api/v1/comments/" + comment.getJsonNumber("id").longValue() + "/like";

        for (Reply reply : AtOnce.send(AT_ONCE, () -> Server.as(STAFF).send("PUT", like))) {
            assertEquals(1, assertStatus(200, reply).getInt("count"), reply::describe);
        }
        assertEquals(1, assertStatus(200, Server.as(AUTHOR).get(like.replace("/like", "")))
                .getJsonObject("likes").getInt("count"));
    }

    private static JsonObject body(String text) {
        return Json.createObjectBuilder().add("body", text).build();
    }
}
