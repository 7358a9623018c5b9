package com.incidentreports.report;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.SignedIn;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.util.UUID;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report form in a real browser: an author's whole path from a new service to a published report, with every
 * mistake flagged next to its field and nothing typed lost; and two people saving the same report.
 */
@BrowserTest
class WriteReportBrowserIT {

    @Test
    void anAuthorWritesFixesPublishesAndFindsAReport(Browser browser) {
        String serviceName = "Checkout " + UUID.randomUUID().toString().substring(0, 8);
        String title = "Payments timed out after the " + serviceName + " release";

        browser.get("services");
        assertTrue(browser.currentUrl().contains("/login"), "signing in comes first");
        browser.signIn(AUTHOR);
        browser.assertNoConsoleErrors("services");

        browser.click("newServiceButton");
        browser.waitForVisible("newService:name").sendKeys(serviceName);
        browser.click("newService:create");
        browser.waitForText("service-name", serviceName);
        browser.assertNoConsoleErrors("the new service log");

        browser.click("write-for-service");
        browser.waitForVisible("edit:incident");
        browser.assertNoConsoleErrors("the report form");
        browser.choose("edit:severity", "SEV2");
        browser.type("edit:usersAffected", "1200");
        browser.typeDate("edit:startedAt", "2026-11-20 09:30");
        browser.typeDate("edit:detectedAt", "at lunch");
        browser.typeDate("edit:endedAt", "2026-11-20 10:40");
        browser.type("edit:affectedUsers", "Shoppers paying by card");
        browser.type("edit:incident", "Card payments **timed out** for an hour.");
        browser.waitForText("edit:preview-incident", "Card payments timed out for an hour.");

        browser.click("edit:publish");
        assertTrue(browser.waitForMessage("edit:detectedAtMessage").contains("at lunch"),
                "the date that could not be read is named next to its field");
        assertEquals("at lunch", browser.valueOf("edit:detectedAt_input"), "a date that could not be read stays");
        assertEquals("Card payments **timed out** for an hour.", browser.valueOf("edit:incident"),
                "nothing typed is lost");
        assertEquals("1200", browser.valueOf("edit:usersAffected"));

        browser.typeDate("edit:detectedAt", "2026-11-20 09:40");
        browser.click("edit:publish");
        assertFalse(browser.waitForMessage("edit:titleMessage").isBlank(),
                "the missing title is flagged next to the field");
        assertEquals("Card payments **timed out** for an hour.", browser.valueOf("edit:incident"),
                "nothing typed is lost");
        assertEquals("2026-11-20 09:40", browser.valueOf("edit:detectedAt_input"));

        browser.type("edit:title", title);
        browser.click("edit:publish");
        browser.waitForText("report-title", title);
        assertTrue(browser.currentUrl().matches(".*/reports/\\d+$"), browser.currentUrl());
        assertEquals("Published", browser.find("report-status").getText());
        assertEquals("1 h 10 min", browser.find("impact-duration").getText());
        browser.assertNoConsoleErrors("the report page");
        String permalink = browser.currentUrl();

        browser.clickLink(serviceName);
        browser.waitForText("service-name", serviceName);
        browser.clickLink(title);
        browser.waitForText("report-title", title);
        assertEquals(permalink, browser.currentUrl(), "the log links to the report's permalink");

        browser.get("");
        browser.waitForLink(title);
        browser.assertNoConsoleErrors("the home page");
    }

    @Test
    void theSecondToSaveSeesTheFirstOnesTextBesideTheirOwnAndLosesNothing(@SignedIn(AUTHOR) Browser browser) {
        long serviceId = TestData.service().create().getJsonNumber("id").longValue();
        JsonObject report = TestData.report(serviceId).published().create();
        String address = "/api/v1/reports/" + report.getJsonNumber("id").longValue();

        browser.get("write/" + report.getJsonNumber("id").longValue());
        browser.waitForVisible("edit:cause");
        browser.retype("edit:cause", "My cause: the index was dropped by a migration.");

        String version = Server.as(ADMIN).get(address).header("ETag");
        assertStatus(200, Server.as(ADMIN).put(address, TestData.report(serviceId)
                .titled(report.getString("title"))
                .with("cause", "Their cause: a manual change on the primary.").published().body(),
                "If-Match", version));

        browser.click("edit:publish");
        browser.waitForVisible("edit:conflict");
        assertTrue(browser.find("theirs-cause").getText().contains("Their cause: a manual change on the primary."),
                "the other person's saved text is shown");
        assertEquals("My cause: the index was dropped by a migration.", browser.valueOf("edit:cause"),
                "the second person's text is still in the form");
        browser.assertNoConsoleErrors("the form in conflict");

        browser.click("edit:publish");
        browser.waitForText("report-title", report.getString("title"));
        assertEquals("My cause: the index was dropped by a migration.",
                Server.as(AUTHOR).get(address).json().getString("cause"),
                "having seen theirs, the second person's save goes through");
    }

    @Test
    void aControlCharacterIsRefusedBesideItsFieldAndWhatWasTypedStays(@SignedIn(AUTHOR) Browser browser) {
        long serviceId = TestData.service().create().getJsonNumber("id").longValue();
        JsonObject report = TestData.report(serviceId).published().create();
        String address = "/api/v1/reports/" + report.getJsonNumber("id").longValue();
        String typed = "Bell \u0007 rings";

        browser.get("write/" + report.getJsonNumber("id").longValue());
        browser.waitForVisible("edit:cause");
        // No keyboard types a control character; a pasted or scripted one arrives this way.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", "edit:title", typed);
        browser.retype("edit:cause", "The cause, typed before saving.");
        browser.click("edit:publish");

        assertTrue(browser.waitForMessage("edit:titleMessage").contains("control character"),
                "the rule is told next to the field");
        // The page's XML update cannot carry the control character itself; the words around it stay.
        assertEquals("Bell  rings", browser.valueOf("edit:title").replaceAll("\\p{Cntrl}", ""),
                "what was typed stays");
        assertEquals("The cause, typed before saving.", browser.valueOf("edit:cause"), "nothing typed is lost");
        assertEquals(report.getString("title"), Server.as(AUTHOR).get(address).json().getString("title"));
    }
}
