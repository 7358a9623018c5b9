package com.incidentreports.notification;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailTextTest {

    @Test
    void aMentionEmailSaysWhoWhereAndLinksToTheComment() {
        MailText text = MailText.of(NotificationKind.MENTION, "Manish", "Invited sign-ups got zero credits",
                "I'm concerned that this was not tested", "http://incidents/reports/7#comment-3",
                "http://incidents/profile");

        assertEquals("Manish mentioned you on \"Invited sign-ups got zero credits\"", text.subject());
        assertTrue(text.body().contains("I'm concerned that this was not tested"), text.body());
        assertTrue(text.body().contains("Open it: http://incidents/reports/7#comment-3"), text.body());
        assertTrue(text.body().contains("http://incidents/profile"), text.body());
    }
}
