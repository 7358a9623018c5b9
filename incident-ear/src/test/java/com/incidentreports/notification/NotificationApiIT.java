package com.incidentreports.notification;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
 * Who hears of what: mentions, replies, comments on watched reports, likes told together, and marking read. Each
 * test looks only at the notifications of its own report, since the demo accounts are shared.
 */
@ApplicationTest
class NotificationApiIT {

    private static final String NOTIFICATIONS = "/api/v1/notifications";

    private long reportId;

    @BeforeEach
    void publishedReport() {
        reportId = TestData.publishedReport().getJsonNumber("id").longValue();
    }

    @Test
    void aMentionNotifiesThePersonAndLinksToThemWhileUnknownNamesStayText() {
        JsonObject comment = TestData.comment(reportId)
                .saying("Was this tested manually by @qalead and/or @nobody-" + TestData.uniqueWord() + "?")
                .postAs(STAFF);

        assertEquals(List.of(QA_LEAD.username()), comment.getJsonArray("mentions").getValuesAs(
                value -> ((jakarta.json.JsonString) value).getString()));
        JsonObject mention = theOnlyLineOf(QA_LEAD);
        assertEquals("MENTION", mention.getString("kind"));
        assertEquals(comment.getJsonNumber("id").longValue(), mention.getJsonNumber("commentId").longValue());
        assertEquals(STAFF.username(), mention.getJsonArray("actors").getString(0));
        assertTrue(mention.getBoolean("unread"));

        String page = Server.as(AUTHOR).page("/reports/" + reportId).body();
        assertTrue(page.contains("href=\"/people/qalead\""), page);
        assertFalse(page.contains("href=\"/people/nobody-"), page);
        assertEquals(200, Server.as(AUTHOR).page("/people/qalead").status());
    }

    @Test
    void authorsCommentersAndMentionedPeopleWatchAndHearOfNewComments() {
        TestData.comment(reportId).saying("Asking @qalead to look.").postAs(STAFF);
        theOnlyLineOf(QA_LEAD);
        markAllRead(QA_LEAD);
        markAllRead(STAFF);

        TestData.comment(reportId).saying("A new finding.").postAs(ADMIN);

        assertEquals("COMMENT", theOnlyLineOf(AUTHOR, 2).getString("kind"));
        assertEquals("COMMENT", theOnlyUnreadLineOf(QA_LEAD).getString("kind"));
        assertEquals("COMMENT", theOnlyUnreadLineOf(STAFF).getString("kind"));
        assertTrue(linesOf(ADMIN).isEmpty(), "nobody hears of their own comment");
    }

    @Test
    void aReplyTellsTheAuthorOfTheCommentItAnswers() {
        JsonObject question = TestData.comment(reportId).saying("Which release?").postAs(QA_LEAD);
        markAllRead(QA_LEAD);

        TestData.comment(reportId).saying("The OAuth one.").replyingTo(question).postAs(ADMIN);

        assertEquals("REPLY", theOnlyUnreadLineOf(QA_LEAD).getString("kind"));
    }

    @Test
    void likesOfOnePostAreToldAsOneLine() {
        JsonObject comment = TestData.comment(reportId).postAs(STAFF);
        String like = "/api/v1/comments/" + comment.getJsonNumber("id") + "/like";
        for (DemoUser liker : List.of(QA_LEAD, ADMIN, AUTHOR)) {
            assertStatus(200, Server.as(liker).send("PUT", like));
        }

        JsonObject likes = theOnlyLineOf(STAFF);
        assertEquals("LIKE", likes.getString("kind"));
        assertEquals(3, likes.getJsonArray("actors").size());
        assertEquals(3, likes.getJsonArray("ids").size());

        assertStatus(200, Server.as(ADMIN).send("DELETE", like));
        assertEquals(2, theOnlyLineOf(STAFF).getJsonArray("actors").size());
    }

    @Test
    void openingALineMarksItReadAndOthersCannotMarkYours() {
        TestData.comment(reportId).saying("@qalead, a question.").postAs(STAFF);
        JsonObject line = theOnlyLineOf(QA_LEAD);
        JsonObject read = Json.createObjectBuilder().add("ids", line.getJsonArray("ids")).build();

        assertStatus(200, Server.as(STAFF).post(NOTIFICATIONS + "/read", read));
        assertTrue(theOnlyLineOf(QA_LEAD).getBoolean("unread"), "someone else's ids are ignored");

        assertStatus(200, Server.as(QA_LEAD).post(NOTIFICATIONS + "/read", read));
        assertFalse(theOnlyLineOf(QA_LEAD).getBoolean("unread"));
        assertProblem(400, Server.as(QA_LEAD).post(NOTIFICATIONS + "/read", "{}"));
    }

    @Test
    void eachPersonChoosesWhichNotificationsComeByEmail() {
        JsonObject settings = Json.createObjectBuilder().add("email", "not an address")
                .add("emailMentions", true).add("emailReplies", false).add("emailComments", true).build();
        JsonObject problem = assertProblem(400, Server.as(ADMIN).put(NOTIFICATIONS + "/settings", settings));
        assertTrue(fieldMessage(problem, "email").contains("email address"), problem::toString);

        JsonObject saved = assertStatus(200, Server.as(ADMIN).put(NOTIFICATIONS + "/settings",
                Json.createObjectBuilder(settings).add("email", "admin@example.test").build()));
        assertEquals("admin@example.test", saved.getString("email"));
        assertFalse(saved.getBoolean("emailReplies"));
        assertTrue(assertStatus(200, Server.as(ADMIN).get(NOTIFICATIONS + "/settings")).getBoolean("emailComments"));
    }

    private static void markAllRead(DemoUser user) {
        assertStatus(200, Server.as(user).post(NOTIFICATIONS + "/read",
                Json.createObjectBuilder().add("all", JsonValue.TRUE).build()));
    }

    private JsonObject theOnlyUnreadLineOf(DemoUser user) {
        List<JsonObject> unread = linesOf(user).stream().filter(line -> line.getBoolean("unread")).toList();
        assertEquals(1, unread.size(), () -> user + " has " + unread);
        return unread.get(0);
    }

    private JsonObject theOnlyLineOf(DemoUser user) {
        return theOnlyLineOf(user, 1);
    }

    /** The newest line of {@code user} about this test's report, who must have {@code expected} of them. */
    private JsonObject theOnlyLineOf(DemoUser user, int expected) {
        List<JsonObject> lines = linesOf(user);
        assertEquals(expected, lines.size(), () -> user + " has " + lines);
        return lines.get(0);
    }

    /** {@code user}'s lines about this test's report; notices of no report (a webhook switched off) aside. */
    private List<JsonObject> linesOf(DemoUser user) {
        return assertStatus(200, Server.as(user).get(NOTIFICATIONS)).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(line -> line.getJsonNumber("reportId") != null
                        && line.getJsonNumber("reportId").longValue() == reportId)
                .toList();
    }
}
