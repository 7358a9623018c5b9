package com.incidentreports.discussion;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

/**
 * The discussion API as its clients use it: threads, edits and their history, deleting and hiding, likes, and who
 * may do what. Every rule is the services': the API only translates.
 */
@ApplicationTest
class DiscussionApiIT {

    private long reportId;
    private String comments;

    @BeforeEach
    void publishedReport() {
        reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        comments = "/api/v1/reports/" + reportId + "/comments";
    }

    @Test
    void commentsAndRepliesFormThreads() {
        JsonObject question = TestData.comment(reportId).saying("Why was this **not tested** manually?")
                .postAs(STAFF);
        JsonObject answer = TestData.comment(reportId).saying("It was a miss on my end.").replyingTo(question)
                .postAs(AUTHOR);
        JsonObject thanks = TestData.comment(reportId).saying("Thanks for owning up.").replyingTo(answer)
                .postAs(STAFF);
        JsonObject deeper = TestData.comment(reportId).saying("Lessons for everyone.").replyingTo(thanks)
                .postAs(QA_LEAD);
        JsonObject other = TestData.comment(reportId).postAs(QA_LEAD);

        JsonObject discussion = assertStatus(200, Server.as(STAFF).get(comments));
        assertEquals(2, discussion.getInt("total"));
        JsonArray threads = discussion.getJsonArray("threads");
        assertEquals(List.of(id(question), id(other)), threads.stream()
                .map(thread -> id(thread.asJsonObject().getJsonObject("comment"))).toList());
        JsonObject firstReply = threads.getJsonObject(0).getJsonArray("replies").getJsonObject(0);
        assertEquals(id(answer), id(firstReply.getJsonObject("comment")));
        assertEquals(1, firstReply.getJsonObject("comment").getInt("depth"));
        JsonObject deepest = firstReply.getJsonArray("replies").getJsonObject(0).getJsonArray("replies")
                .getJsonObject(0).getJsonObject("comment");
        assertEquals(id(deeper), id(deepest));
        assertEquals(3, deepest.getInt("depth"));
        JsonObject inReplyTo = deepest.getJsonObject("inReplyTo");
        assertEquals(id(thanks), inReplyTo.getJsonNumber("commentId").longValue());
        assertEquals("Thanks for owning up.", inReplyTo.getString("excerpt"));
        assertEquals(STAFF.username(), question.getJsonObject("author").getString("username"));
        assertTrue(question.getBoolean("mine"));
    }

    @Test
    void theDiscussionIsPagedByTopLevelComments() {
        for (int i = 0; i < 3; i++) {
            TestData.comment(reportId).postAs(STAFF);
        }
        JsonObject second = assertStatus(200, Server.as(STAFF).get(comments + "?first=1&size=1"));

        assertEquals(3, second.getInt("total"));
        assertEquals(1, second.getJsonArray("threads").size());
        assertProblem(400, Server.as(STAFF).get(comments + "?size=0"));
        assertProblem(400, Server.as(STAFF).get(comments + "?first=x"));
    }

    @Test
    void anEditShowsAsEditedAndKeepsTheEarlierVersionForAnyone() {
        JsonObject comment = TestData.comment(reportId).saying("Was this tested?").postAs(STAFF);
        String address = "/api/v1/comments/" + id(comment);
        Reply read = Server.as(STAFF).get(address);
        assertStatus(200, read);

        Reply edited = Server.as(STAFF).put(address, Json.createObjectBuilder().add("body", "Was this tested by hand?")
                .build(), "If-Match", read.header("ETag"));
        JsonObject afterEdit = assertStatus(200, edited);
        assertEquals("Was this tested by hand?", afterEdit.getString("body"));
        assertTrue(afterEdit.containsKey("editedAt"), edited::describe);
        assertNotEquals(read.header("ETag"), edited.header("ETag"));

        Reply history = Server.as(QA_LEAD).get(address + "/revisions");
        assertEquals(200, history.status(), history::describe);
        JsonArray revisions = history.jsonArray();
        assertEquals(1, revisions.size());
        assertEquals("Was this tested?", revisions.getJsonObject(0).getString("body"));

        assertProblem(412, Server.as(STAFF).put(address, Json.createObjectBuilder().add("body", "Again").build(),
                "If-Match", read.header("ETag")));
        assertProblem(428, Server.as(STAFF).put(address, Json.createObjectBuilder().add("body", "Again").build()));
    }

    @Test
    void onlyItsAuthorChangesOrDeletesACommentAndAdminsOnlyHide() {
        JsonObject comment = TestData.comment(reportId).saying("Mine.").postAs(STAFF);
        String address = "/api/v1/comments/" + id(comment);
        JsonObject change = Json.createObjectBuilder().add("body", "Taken over").build();
        String etag = "\"" + comment.getJsonNumber("version") + "\"";

        assertProblem(403, Server.as(QA_LEAD).put(address, change, "If-Match", etag));
        assertProblem(403, Server.as(ADMIN).put(address, change, "If-Match", etag));
        assertProblem(403, Server.as(QA_LEAD).send("DELETE", address));
        assertProblem(403, Server.as(ADMIN).send("DELETE", address));
        assertProblem(403, Server.as(QA_LEAD).put(address + "/hidden", reason("Off topic")));
        assertEquals("Mine.", assertStatus(200, Server.as(STAFF).get(address)).getString("body"));
    }

    @Test
    void aDeletedCommentLeavesAPlaceholderSoRepliesStillMakeSense() {
        JsonObject comment = TestData.comment(reportId).saying("Blame the CI.").postAs(STAFF);
        TestData.comment(reportId).saying("I disagree.").replyingTo(comment).postAs(QA_LEAD);

        assertStatus(204, Server.as(STAFF).send("DELETE", "/api/v1/comments/" + id(comment)));
        assertStatus(204, Server.as(STAFF).send("DELETE", "/api/v1/comments/" + id(comment)));

        JsonObject thread = assertStatus(200, Server.as(QA_LEAD).get(comments)).getJsonArray("threads")
                .getJsonObject(0);
        JsonObject placeholder = thread.getJsonObject("comment");
        assertEquals("DELETED", placeholder.getString("status"));
        assertFalse(placeholder.containsKey("body"), placeholder::toString);
        assertEquals("I disagree.", thread.getJsonArray("replies").getJsonObject(0).getJsonObject("comment")
                .getString("body"));
        assertProblem(400, Server.as(QA_LEAD).post(comments, TestData.comment(reportId).replyingTo(comment).body()));
    }

    @Test
    void anAdminHidesAnyCommentWithAReasonThatEveryoneSees() {
        JsonObject comment = TestData.comment(reportId).saying("The customer was ACME Corp.").postAs(STAFF);
        String hidden = "/api/v1/comments/" + id(comment) + "/hidden";

        assertEquals("reason", assertProblem(400, Server.as(ADMIN).put(hidden, reason(" ")))
                .getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject afterHiding = assertStatus(200, Server.as(ADMIN).put(hidden, reason("Names a customer.")));

        assertEquals("HIDDEN", afterHiding.getString("status"));
        JsonObject seen = assertStatus(200, Server.as(STAFF).get("/api/v1/comments/" + id(comment)));
        assertEquals("Names a customer.", seen.getString("hiddenReason"));
        assertFalse(seen.containsKey("body"), seen::toString);
        assertFalse(Server.as(STAFF).page("/reports/" + reportId).body().contains("ACME"));
    }

    @Test
    void emptyOrOverlongCommentsAreRejectedWithAClearMessage() {
        JsonObject empty = assertProblem(400, Server.as(STAFF).post(comments,
                Json.createObjectBuilder().add("body", "  ").build()));
        assertEquals("Write something before posting.", fieldMessage(empty, "body"));

        JsonObject tooLong = assertProblem(400, Server.as(STAFF).post(comments,
                Json.createObjectBuilder().add("body", "x".repeat(20_001)).build()));
        assertEquals("A comment can be at most 20,000 characters.", fieldMessage(tooLong, "body"));
        assertStatus(201, Server.as(STAFF).post(comments,
                Json.createObjectBuilder().add("body", "x".repeat(20_000)).build()));

        assertProblem(400, Server.as(STAFF).post(comments, "{\"body\": "));
        assertProblem(400, Server.as(STAFF).post(comments, "{}"));
    }

    @Test
    void aReplyMustAnswerACommentOfTheSameReport() {
        long otherReport = TestData.publishedReport().getJsonNumber("id").longValue();
        JsonObject elsewhere = TestData.comment(otherReport).postAs(STAFF);

        JsonObject problem = assertProblem(400, Server.as(STAFF).post(comments,
                TestData.comment(reportId).replyingTo(elsewhere).body()));
        assertTrue(fieldMessage(problem, "parentId").contains("no such comment"), problem::toString);
    }

    @Test
    void aDraftSomeoneCannotSeeCannotBeDiscussedByThem() {
        long serviceId = TestData.service().create().getJsonNumber("id").longValue();
        long draft = TestData.report(serviceId).createAs(ADMIN).getJsonNumber("id").longValue();
        String draftComments = "/api/v1/reports/" + draft + "/comments";

        assertProblem(404, Server.as(STAFF).post(draftComments, TestData.comment(draft).body()));
        assertProblem(404, Server.as(AUTHOR).get(draftComments));
        assertProblem(404, Server.as(STAFF).send("PUT", "/api/v1/reports/" + draft + "/like"));
        JsonObject adminsNote = TestData.comment(draft).postAs(ADMIN);
        assertProblem(404, Server.as(STAFF).get("/api/v1/comments/" + id(adminsNote)));
        assertProblem(404, Server.as(STAFF).get("/api/v1/reports/999999999/comments"));
    }

    @Test
    void onePersonLikesAPostOnceAndNeverTheirOwn() {
        JsonObject comment = TestData.comment(reportId).postAs(STAFF);
        String like = "/api/v1/comments/" + id(comment) + "/like";

        JsonObject own = assertProblem(400, Server.as(STAFF).send("PUT", like));
        assertTrue(own.getString("detail").contains("your own comment"), own::toString);

        JsonObject liked = assertStatus(200, Server.as(QA_LEAD).send("PUT", like));
        assertEquals(1, liked.getInt("count"));
        assertTrue(liked.getBoolean("likedByMe"));
        assertEquals(1, assertStatus(200, Server.as(QA_LEAD).send("PUT", like)).getInt("count"));
        assertEquals(2, assertStatus(200, Server.as(ADMIN).send("PUT", like)).getInt("count"));
        JsonObject seenByStaff = assertStatus(200, Server.as(STAFF).get("/api/v1/comments/" + id(comment)))
                .getJsonObject("likes");
        assertEquals(2, seenByStaff.getInt("count"));
        assertFalse(seenByStaff.getBoolean("likedByMe"));
        assertEquals(2, seenByStaff.getJsonArray("likedBy").size());

        assertEquals(1, assertStatus(200, Server.as(QA_LEAD).send("DELETE", like)).getInt("count"));
        assertEquals(1, assertStatus(200, Server.as(QA_LEAD).send("DELETE", like)).getInt("count"));
    }

    @Test
    void staffLikeAReportButItsAuthorsCannot() {
        String like = "/api/v1/reports/" + reportId + "/like";

        JsonObject own = assertProblem(400, Server.as(AUTHOR).send("PUT", like));
        assertTrue(own.getString("detail").contains("your own report"), own::toString);
        assertEquals(1, assertStatus(200, Server.as(STAFF).send("PUT", like)).getInt("count"));

        JsonObject discussion = assertStatus(200, Server.as(AUTHOR).get(comments));
        assertEquals(1, discussion.getJsonObject("reportLikes").getInt("count"));
        assertFalse(discussion.getBoolean("reportLikeable"));
        assertEquals(0, assertStatus(200, Server.as(STAFF).send("DELETE", like)).getInt("count"));
    }

    @Test
    void markdownInCommentsIsSanitisedOnThePage() {
        TestData.comment(reportId).saying("Look <script>alert('x')</script> <img src=x onerror=\"steal()\"> "
                + "[here](javascript:steal()) **now**").postAs(STAFF);

        String page = Server.as(QA_LEAD).page("/reports/" + reportId).body();
        assertTrue(page.contains("<strong>now</strong>"), page);
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("onerror=\"steal"), page);
        assertFalse(page.contains("javascript:steal"), page);
    }

    @Test
    void twoPeopleMentioningTheSameColleagueAtOnceAreBothSaved() throws Exception {
        assertStatus(200, Server.as(ADMIN).get("/api/v1/me"));
        ExecutorService commenters = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String discussion = "/api/v1/reports/" + TestData.publishedReport().getJsonNumber("id").longValue()
                        + "/comments";
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Reply>> replies = new ArrayList<>();
                for (DemoUser commenter : List.of(STAFF, QA_LEAD)) {
                    replies.add(commenters.submit(() -> {
                        start.await();
                        return Server.as(commenter).post(discussion,
                                Json.createObjectBuilder().add("body", "@admin, have a look.").build());
                    }));
                }
                start.countDown();
                for (Future<Reply> reply : replies) {
                    assertStatus(201, reply.get(30, TimeUnit.SECONDS));
                }
                assertEquals(2, assertStatus(200, Server.as(ADMIN).get(discussion)).getInt("total"),
                        "both comments are saved");
            }
        } finally {
            commenters.shutdownNow();
        }
    }

    private static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
