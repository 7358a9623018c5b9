package com.incidentreports.action;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Mailbox;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.ServerClock;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily reminders of follow-up actions, run for a chosen day through the test server's diagnostics: the owner
 * hears of an action due soon once however often the job runs that day; overdue by more than a week, the QA lead
 * who assigned it hears too; the emails arrive at a real SMTP server (GreenMail) in this JVM.
 */
@ApplicationTest
class ActionReminderIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @RegisterExtension
    final ServerClock clock = new ServerClock();

    private String ownerAddress;
    private String qaLeadAddress;
    private long reportId;
    private String reportTitle;
    private LocalDate due;

    @BeforeEach
    void anActionOfTheAuthorAssignedByTheQaLead() {
        ownerAddress = emailOf(AUTHOR);
        qaLeadAddress = emailOf(QA_LEAD);
        JsonObject report = TestData.publishedReport();
        reportId = report.getJsonNumber("id").longValue();
        reportTitle = report.getString("title");
        // A day of its own, far ahead, so that no other run has claimed the days this test runs the job on.
        long days = ThreadLocalRandom.current().nextLong(1_000, 60_000);
        due = LocalDate.now(ZoneOffset.UTC).plusDays(days);
        TestData.action(reportId).ownedBy(AUTHOR).with("dueDate", due.toString()).createAs(QA_LEAD);
    }

    @Test
    void runningTwiceOnADayRemindsOnce() {
        JsonObject first = runOn(due.minusDays(1));
        assertTrue(first.getBoolean("claimed"), first::toString);
        assertTrue(first.getInt("reminded") >= 1, first::toString);
        JsonObject second = runOn(due.minusDays(1));
        assertFalse(second.getBoolean("claimed"), second::toString);

        assertEquals(1, notificationsOf(AUTHOR, "ACTION_DUE_SOON"));
        assertEquals(0, notificationsOf(QA_LEAD, "ACTION_ESCALATED"));
    }

    @Test
    void longOverdueAlsoTellsTheQaLeadWhoAssignedIt() throws Exception {
        runOn(due.plusDays(3));
        assertEquals(1, notificationsOf(AUTHOR, "ACTION_OVERDUE"));
        assertEquals(0, notificationsOf(QA_LEAD, "ACTION_ESCALATED"));

        JsonObject escalation = runOn(due.plusDays(8));
        assertTrue(escalation.getInt("escalated") >= 1, escalation::toString);
        assertEquals(2, notificationsOf(AUTHOR, "ACTION_OVERDUE"));
        assertEquals(1, notificationsOf(QA_LEAD, "ACTION_ESCALATED"));

        MimeMessage toOwner = Mailbox.awaitEmail(SMTP, ownerAddress,
                "Your follow-up action on \"" + reportTitle + "\" is overdue");
        assertTrue(GreenMailUtil.getBody(toOwner).contains("/reports/" + reportId), GreenMailUtil.getBody(toOwner));
        Mailbox.awaitEmail(SMTP, qaLeadAddress, "follow-up action on \"" + reportTitle + "\" is long overdue");
    }

    @Test
    void atSevenInTheMorningTheDaysRemindersGoOutAsTheTimerSendsThem() {
        // A past day of its own, so that no other run has claimed it and what it writes stays behind the present.
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(ThreadLocalRandom.current().nextLong(1_000, 9_000));
        clock.standAt(day.atTime(7, 0).toInstant(ZoneOffset.UTC));
        TestData.action(reportId).ownedBy(AUTHOR).with("dueDate", day.plusDays(1).toString()).createAs(QA_LEAD);

        JsonObject today = assertStatus(200, Server.as(QA_LEAD).post("/api/v1/diagnostics/action-reminders", "{}"));

        assertEquals(day.toString(), today.getString("day"), today::toString);
        assertTrue(today.getBoolean("claimed"), today::toString);
        assertEquals(1, today.getInt("reminded"), "the action due the next day, and no other: " + today);
    }

    @Test
    void theTriggerTakesOnlyADate() {
        assertProblem(400, Server.as(QA_LEAD).post("/api/v1/diagnostics/action-reminders?date=tomorrow", "{}"));
    }

    private static JsonObject runOn(LocalDate day) {
        return assertStatus(200, Server.as(QA_LEAD).post("/api/v1/diagnostics/action-reminders?date=" + day, "{}"));
    }

    private long notificationsOf(DemoUser user, String kind) {
        return assertStatus(200, Server.as(user).get("/api/v1/notifications")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(item -> kind.equals(item.getString("kind"))
                        && item.getJsonNumber("reportId").longValue() == reportId)
                .count();
    }

    private static String emailOf(DemoUser user) {
        String address = user.username() + "." + TestData.uniqueWord() + "@example.test";
        assertStatus(200, Server.as(user).put("/api/v1/notifications/settings", Json.createObjectBuilder()
                .add("email", address).add("emailMentions", true).add("emailReplies", true)
                .add("emailComments", false).build()));
        return address;
    }
}
