package com.incidentreports.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Mailbox;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Predicate;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail server goes away: an email (a mention) waits in the outbox, and the person who wrote the comment notices
 * nothing; once the mail server is back, the email arrives, exactly once. The test's SMTP server (GreenMail, on the
 * port the test server sends to) is stopped and started again for it.
 */
@ApplicationTest
class MailServerOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The test server tries the outbox again every 2 s (incidents.mail.retry-seconds): a few rounds of it. */
    private static final Duration ROUNDS_OF_RETRIES = Duration.ofSeconds(6);

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @AfterEach
    void theMailServerRunsForTheNextTest() {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
    }

    @Test
    void aMentionWaitsInTheOutboxWhileTheMailServerIsAwayAndArrivesOnceWhenItIsBack() throws Exception {
        String address = "qalead." + TestData.uniqueWord() + "@example.test";
        assertStatus(200, Server.as(QA_LEAD).put("/api/v1/notifications/settings", Json.createObjectBuilder()
                .add("email", address).add("emailMentions", true).add("emailReplies", true)
                .add("emailComments", false).build()));
        long reportId = TestData.publishedReport().getJsonNumber("id").longValue();

        SMTP.stop();
        String words = "The mail server is away while @qalead is mentioned " + TestData.uniqueWord();
        JsonObject comment = TestData.comment(reportId).saying(words).postAs(STAFF);
        assertEquals(words, comment.getString("body"), "the comment is saved and answered as always");

        JsonObject waiting = awaitOutbox(address, mail -> mail.getInt("attempts") >= 1);
        assertFalse(waiting.getBoolean("sent"), waiting::toString);
        assertTrue(waiting.getBoolean("waiting"), "it waits for another attempt: " + waiting);
        assertFalse(waiting.getString("lastError", "").isBlank(), "the outbox says why: " + waiting);

        SMTP.start();
        assertTrue(assertStatus(200, Server.as(STAFF).post("/api/v1/diagnostics/mail-outbox/retry",
                Json.createObjectBuilder().build())).getInt("waiting") >= 1);
        MimeMessage email = Mailbox.awaitEmail(SMTP, address, "mentioned you");
        assertTrue(email.getSubject().startsWith(STAFF.username() + " mentioned you"), email.getSubject());

        Thread.sleep(ROUNDS_OF_RETRIES.toMillis());
        assertEquals(1, Arrays.stream(SMTP.getReceivedMessages()).filter(message -> sentTo(message, address))
                .count(), "the email arrives exactly once");
        JsonObject sent = awaitOutbox(address, mail -> mail.getBoolean("sent"));
        assertFalse(sent.getBoolean("waiting"), sent::toString);
        assertTrue(sent.getInt("attempts") >= 2, "it went at a later attempt: " + sent);
    }

    /** The one email to {@code address} in the outbox once {@code condition} holds for it; fails after a while. */
    private static JsonObject awaitOutbox(String address, Predicate<JsonObject> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonArray mails = null;
        while (Instant.now().isBefore(deadline)) {
            mails = Server.as(STAFF).get("/api/v1/diagnostics/mail-outbox?recipient="
                    + URLEncoder.encode(address, StandardCharsets.UTF_8)).jsonArray();
            if (mails.size() == 1 && condition.test(mails.getJsonObject(0))) {
                return mails.getJsonObject(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The outbox's emails to " + address + " did not come to the state looked for within "
                + PATIENCE + ": " + mails);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(to -> to.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
