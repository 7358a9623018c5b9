package com.incidentreports.notification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailTextTest {

    @Test
    void aMentionEmailSaysWhoWhereAndLinksToTheComment() {
        MailText text = MailText.of(Locale.ENGLISH, NotificationKind.MENTION, "Manish", "Invited sign-ups got zero credits",
                "I'm concerned that this was not tested", "http://incidents/reports/7#comment-3",
                "http://incidents/profile");

        assertEquals("Manish mentioned you on \"Invited sign-ups got zero credits\"", text.subject());
        assertTrue(text.body().contains("I'm concerned that this was not tested"), text.body());
        assertTrue(text.body().contains("Open it: http://incidents/reports/7#comment-3"), text.body());
        assertTrue(text.body().contains("http://incidents/profile"), text.body());
    }

    @Test
    void aGermanReaderGetsTheEmailInGerman() {
        MailText text = MailText.of(Locale.GERMAN, NotificationKind.ACTION_ASSIGNED, "Ana", "Login kaputt",
                "Tests ergänzen (2026-05-14)", "http://incidents/reports/7", "http://incidents/profile");

        assertEquals("Ana hat Ihnen eine Folgemaßnahme zu „Login kaputt“ zugewiesen", text.subject());
        assertTrue(text.body().contains("Öffnen: http://incidents/reports/7"), text.body());
        assertTrue(text.body().contains("Benachrichtigungseinstellungen"), text.body());
    }

    @Test
    void everyEmailHasItsWordsInEveryLanguage() {
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind == NotificationKind.LIKE) {
                continue;
            }
            for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                MailText text = MailText.of(language, kind, "Ana", "T", "E", "L", "S");
                assertFalse(text.subject().isBlank(), kind + " " + language);
            }
        }
    }
}
