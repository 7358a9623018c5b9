package com.incidentreports.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnreachablePageTest {

    private final ResourceBundle words = ResourceBundle.getBundle("com.incidentreports.i18n.messages", Locale.ENGLISH);

    @Test
    void thePageSaysInTheBundlesWordsThatTheDatabaseIsOutOfReachAndNothingTypedIsLost() {
        String page = DatabaseUnreachablePage.html("/ctx", Locale.ENGLISH);

        assertTrue(page.contains("<h1>" + words.getString("error.databaseUnreachable.title") + "</h1>"), page);
        assertTrue(page.contains(words.getString("error.databaseUnreachable.detail")), page);
        assertTrue(page.contains(words.getString("error.databaseUnreachable.kept")), page);
        assertTrue(page.contains("href=\"/ctx/resources/app/app.css\""), "in the application's look: " + page);
    }

    @Test
    void thePageCarriesNoScriptForTheStrictPolicyToBlock() {
        String page = DatabaseUnreachablePage.html("", Locale.GERMAN);

        assertFalse(page.contains("<script"), page);
        assertFalse(page.matches("(?s).*\\son[a-z]+=.*"), page);
        assertFalse(page.contains("style="), page);
    }
}
