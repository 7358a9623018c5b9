package com.incidentreports.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Mailbox;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The email of a mention, read from a real SMTP server (GreenMail) in this test's JVM, on the port the test server
 * sends to (test.smtp.port, a bootstrap property of the test server). The email goes out after the comment is
 * saved, so the comment answers at once and the email follows.
 */
@ApplicationTest
class MentionEmailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @Test
    void aMentionedPersonGetsAnEmailThatLeadsToTheComment() throws Exception {
        String address = "qalead." + TestData.uniqueWord() + "@example.test";
        assertStatus(200, Server.as(QA_LEAD).put("/api/v1/notifications/settings", Json.createObjectBuilder()
                .add("email", address).add("emailMentions", true).add("emailReplies", true)
                .add("emailComments", false).build()));
        JsonObject report = TestData.publishedReport();
        long reportId = report.getJsonNumber("id").longValue();

        JsonObject comment = TestData.comment(reportId)
                .saying("I'm concerned that this was not tested manually by @qalead.").postAs(STAFF);

        MimeMessage email = Mailbox.awaitEmail(SMTP, address, "mentioned you");
        assertEquals(STAFF.username() + " mentioned you on \"" + report.getString("title") + "\"", email.getSubject());
        String text = GreenMailUtil.getBody(email);
        assertTrue(text.contains("I'm concerned that this was not tested manually by @qalead."), text);
        assertTrue(text.contains("/reports/" + reportId + "#comment-" + comment.getJsonNumber("id")), text);
    }
}
