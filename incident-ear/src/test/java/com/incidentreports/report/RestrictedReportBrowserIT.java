package com.incidentreports.report;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.SignedIn;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Restricting a report on the form in a real browser: the author picks a person from the suggestions and types a
 * group; the report page says whom it is restricted to; someone else gets the not-found page.
 */
@BrowserTest
class RestrictedReportBrowserIT {

    @Test
    void anAuthorRestrictsAReportOnTheFormAndAnOutsiderFindsNothing(@SignedIn(AUTHOR) Browser browser,
            @SignedIn(STAFF) Browser outsider) {
        assertStatus(200, Server.as(QA_LEAD).get("/api/v1/me"));
        JsonObject report = TestData.publishedReport();
        long id = report.getJsonNumber("id").longValue();
        String group = "sre-" + TestData.uniqueWord();

        browser.get("write/" + id);
        browser.waitForVisible("edit:cause");
        browser.assertNoConsoleErrors("the report form");

        browser.driver().findElement(By.cssSelector("[id='edit:restricted'] .ui-chkbox-box")).click();
        browser.waitForVisible("edit:restrictedPeople_input").sendKeys("qal");
        browser.await().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='edit:restrictedPeople_panel'] li.ui-autocomplete-item"))).click();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='edit:restrictedPeople'] .ui-autocomplete-token"), "qalead"));
        browser.find("edit:restrictedGroups_input").sendKeys(group, Keys.ENTER);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='edit:restrictedGroups'] .ui-autocomplete-token"), group));
        browser.screenshot("restriction-on-the-form");

        browser.click("edit:publish");
        browser.waitForText("report-title", report.getString("title"));
        String badge = browser.waitForVisible("report-restricted").getText();
        assertTrue(badge.startsWith("Restricted to"), badge);
        assertTrue(badge.contains(group), badge);
        browser.assertNoConsoleErrors("the report page");

        browser.type("discussion:body", "Looping in @staff for the timeline.");
        String warning = browser.waitForMessage("discussion:mentionWarning");
        assertTrue(warning.contains("@staff") && warning.contains("will not be notified"), warning);
        browser.screenshot("restricted-report-page");

        JsonObject restriction = assertStatus(200, Server.as(QA_LEAD).get("/api/v1/reports/" + id))
                .getJsonObject("restriction");
        assertEquals(QA_LEAD.username(), restriction.getJsonArray("people").getJsonObject(0).getString("username"));
        assertEquals(List.of(group), restriction.getJsonArray("groups").getValuesAs(JsonString::getString));
        assertProblem(404, Server.as(STAFF).get("/api/v1/reports/" + id));

        outsider.get("reports/" + id);
        String page = outsider.driver().findElement(By.tagName("h1")).getText();
        assertEquals("Not found", page);
        assertFalse(outsider.driver().getPageSource().contains(report.getString("title")),
                "nothing of the report shows");
        outsider.screenshot("restricted-report-for-an-outsider");
    }
}
