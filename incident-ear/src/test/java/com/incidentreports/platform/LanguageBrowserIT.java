package com.incidentreports.platform;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Mailbox;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person reads Incident Reports in German when their browser asks for it, in English when they choose English on
 * their profile whatever the browser says; the API answers a German problem to a German client; an email to someone
 * who chose German is German. Keeps screenshots of the German pages in target/screenshots.
 */
@ApplicationTest
class LanguageBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @Test
    void aGermanBrowserReadsGermanPagesUntilThePersonChoosesEnglish() {
        long reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        try (Browser browser = Browser.open("de-DE,de")) {
            browser.get("login");
            assertEquals("Anmelden", browser.driver().findElement(By.tagName("h1")).getText());
            browser.signIn(AUTHOR);
            try {
                browser.get("");
                heading(browser, "Störungsberichte");
                assertEquals("de", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
                browser.assertCleanPage("the German home page");
                browser.screenshot("de-home");

                browser.get("reports/" + reportId);
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                        "Auswirkung"));
                browser.screenshot("de-report");

                browser.get("write");
                heading(browser, "Bericht schreiben");
                browser.screenshot("de-write");

                browser.get("profile");
                heading(browser, "Ihr Profil");
                browser.screenshot("de-profile");
                browser.choose("profile:language", "English");
                browser.click("profile:save");
                heading(browser, "Your profile");

                browser.get("");
                heading(browser, "Incident reports");
                assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            } finally {
                chooseAutomatic(browser, "Automatic");
            }
            browser.get("");
            heading(browser, "Störungsberichte");
        }
    }

    @Test
    void theApiAnswersAGermanClientWithAGermanProblem() {
        long unknown = Long.MAX_VALUE - 1;
        JsonObject german = assertStatus(404, Server.as(STAFF).get("/api/v1/reports/" + unknown,
                "Accept-Language", "de-DE,de;q=0.9,en;q=0.5"));
        assertEquals("Bericht " + unknown + " wurde nicht gefunden.", german.getString("detail"));
        JsonObject english = assertStatus(404, Server.as(STAFF).get("/api/v1/reports/" + unknown));
        assertEquals("Report " + unknown + " was not found.", english.getString("detail"));
    }

    @Test
    void someoneWhoChoseGermanGetsTheirEmailInGerman() throws Exception {
        String address = "qalead." + TestData.uniqueWord() + "@example.test";
        assertStatus(200, Server.as(QA_LEAD).put("/api/v1/notifications/settings", Json.createObjectBuilder()
                .add("email", address).add("emailMentions", true).add("emailReplies", true)
                .add("emailComments", false).build()));
        try (Browser browser = Browser.open("en-US,en")) {
            signIn(browser, QA_LEAD);
            browser.get("profile");
            browser.choose("profile:language", "Deutsch");
            browser.click("profile:save");
            heading(browser, "Ihr Profil");
            try {
                JsonObject report = TestData.publishedReport();
                TestData.comment(report.getJsonNumber("id").longValue())
                        .saying("Did we test this, @qalead?").postAs(STAFF);

                MimeMessage email = Mailbox.awaitEmail(SMTP, address, "erwähnt");
                assertEquals(STAFF.username() + " hat Sie in „" + report.getString("title") + "“ erwähnt",
                        email.getSubject());
            } finally {
                chooseAutomatic(browser, "Automatisch");
            }
        }
    }

    private static void signIn(Browser browser, DemoUser user) {
        browser.get("login");
        browser.signIn(user);
    }

    private static void chooseAutomatic(Browser browser, String label) {
        browser.get("profile");
        browser.choose("profile:language", label);
        browser.click("profile:save");
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-growl-message")));
    }

    private static void heading(Browser browser, String text) {
        browser.await().until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }
}
