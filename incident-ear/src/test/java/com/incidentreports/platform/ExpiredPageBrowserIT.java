package com.incidentreports.platform;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.SignedIn;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page left open while the person worked in other tabs: the server no longer keeps its state (a session keeps the
 * state of its ten newest page views). Sending its form brings the person back to a fresh copy of the same page with
 * what they typed still in the fields and a word that the page had expired; nothing is saved until they send it
 * again, and then once.
 */
@BrowserTest
class ExpiredPageBrowserIT {

    /** More page views than a session keeps the state of (NUMBER_OF_VIEWS_IN_SESSION in web.xml). */
    private static final int NEWER_PAGES = 12;

    private static final String EXPIRED_MESSAGE = "This page had expired, so nothing was saved";

    @Test
    void aCommentFromAStaleReportPageIsKeptAndPostedOnce(@SignedIn(STAFF) Browser browser) {
        long reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        String comment = TestData.unique("Written in a tab left open:");
        browser.get("reports/" + reportId);
        browser.waitForVisible("discussion:body");

        openNewerPagesInAnotherTab(browser, "services");

        browser.type("discussion:body", comment);
        browser.click("discussion:post");

        assertTrue(browser.waitForMessage("discussion:bodyMessage").startsWith(EXPIRED_MESSAGE),
                "beside the composer, the person reads that nothing was saved");
        browser.waitForUrlEndingWith("/reports/" + reportId);
        assertEquals(comment, browser.valueOf("discussion:body"), "the comment is still in the composer");
        browser.waitForText("discussion:commentPreview", comment);
        assertEquals("discussion:body", browser.driver().switchTo().activeElement().getDomAttribute("id"),
                "the composer is in view, with the cursor in it");
        assertEquals(0, commentsSaying(reportId, comment), "nothing was posted from the expired page");
        browser.assertCleanPage("the fresh copy of the report page");
        browser.screenshot("expired-report-page");

        browser.click("discussion:post");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//article[contains(@class,'comment') and .//p[normalize-space()='" + comment + "']]")));
        assertEquals("", browser.valueOf("discussion:body"), "the composer empties once posted");
        assertEquals(1, commentsSaying(reportId, comment), "posted again, the comment is saved once");
    }

    @Test
    void aStaleReportFormKeepsWhatWasTyped(@SignedIn(AUTHOR) Browser browser) {
        String title = TestData.unique("Typed in a tab left open");
        String service = TestData.service().create().getString("name");
        browser.get("write");
        browser.waitForVisible("edit:incident");
        browser.type("edit:title", title);
        browser.choose("edit:serviceId", service);
        browser.choose("edit:severity", "SEV3");
        browser.typeDate("edit:startedAt", "2026-11-20 09:30");
        browser.type("edit:incident", "The queue **stalled** for an hour.");
        browser.type("edit:usersAffected", "1200");

        openNewerPagesInAnotherTab(browser, "services");

        browser.click("edit:saveDraft");
        assertTrue(browser.waitForMessage("edit:titleMessage").startsWith(EXPIRED_MESSAGE),
                "beside the first field, the person reads that nothing was saved");
        browser.waitForUrlEndingWith("/write");
        assertEquals(title, browser.valueOf("edit:title"), "the title is still in the form");
        assertEquals("edit:title", browser.driver().switchTo().activeElement().getDomAttribute("id"));
        assertEquals("The queue **stalled** for an hour.", browser.valueOf("edit:incident"));
        assertEquals("1200", browser.valueOf("edit:usersAffected"));
        assertEquals("2026-11-20 09:30", browser.valueOf("edit:startedAt_input"));
        assertEquals(service, browser.find("edit:serviceId_label").getText(), "the service chosen stays chosen");
        assertTrue(browser.find("edit:severity_label").getText().startsWith("SEV3"));
        browser.assertCleanPage("the fresh copy of the report form");

        openNewerPagesInAnotherTab(browser, "services");
        // A plain form post, as the browser sends it where the page's scripts did not run.
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('edit').submit();");
        assertTrue(browser.waitForMessage("edit:titleMessage").startsWith(EXPIRED_MESSAGE));
        browser.waitForUrlEndingWith("/write");
        assertEquals(title, browser.valueOf("edit:title"), "the title is still in the form");
        assertEquals("The queue **stalled** for an hour.", browser.valueOf("edit:incident"));
        browser.assertNoPolicyViolations("the report form given back to a plain post");
        browser.assertNoConsoleErrorsOnPageAnswered(400, "the report form given back to a plain post");
        browser.screenshot("expired-report-form");

        assertEquals("2026-11-20 09:30", browser.valueOf("edit:startedAt_input"));
        assertEquals(service, browser.find("edit:serviceId_label").getText());

        browser.click("edit:saveDraft");
        browser.waitForText("report-title", title);
        assertTrue(browser.currentUrl().matches(".*/reports/\\d+$"), browser.currentUrl());
        assertTrue(browser.find("section-incident").getText().contains("The queue stalled for an hour."),
                "what was typed before the page expired is what was saved");
    }

    @Test
    void aStaleEditOfAReportChangedMeanwhileIsAConflictNotAnOverwrite(@SignedIn(AUTHOR) Browser browser) {
        long serviceId = TestData.service().create().getJsonNumber("id").longValue();
        JsonObject report = TestData.report(serviceId).create();
        String path = "/api/v1/reports/" + report.getJsonNumber("id").longValue();
        browser.get("write/" + report.getJsonNumber("id").longValue());
        browser.waitForVisible("edit:title");
        String mine = TestData.unique("My title, typed in a tab left open");
        browser.retype("edit:title", mine);

        String theirs = TestData.unique("Their title, saved meanwhile");
        assertStatus(200, Server.as(AUTHOR).put(path, TestData.report(serviceId).titled(theirs).body(),
                "If-Match", Server.as(AUTHOR).get(path).header("ETag")));
        openNewerPagesInAnotherTab(browser, "services");

        browser.click("edit:saveDraft");
        assertTrue(browser.waitForMessage("edit:titleMessage").startsWith(EXPIRED_MESSAGE));
        assertEquals(mine, browser.valueOf("edit:title"));
        browser.click("edit:saveDraft");

        browser.waitForVisible("edit:conflict");
        assertEquals(theirs, assertStatus(200, Server.as(AUTHOR).get(path)).getString("title"),
                "what was saved meanwhile is not overwritten by the text written before it");
        assertEquals(mine, browser.valueOf("edit:title"), "and what the person typed is still in the form");
    }

    /** Opens more pages than the session keeps in a second tab, then goes back to the first. */
    private static void openNewerPagesInAnotherTab(Browser browser, String path) {
        WebDriver driver = browser.driver();
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        for (int i = 0; i < NEWER_PAGES; i++) {
            browser.get(path);
        }
        driver.close();
        driver.switchTo().window(first);
    }

    private static long commentsSaying(long reportId, String text) {
        JsonObject discussion = assertStatus(200, Server.as(STAFF).get("/api/v1/reports/" + reportId
                + "/comments?size=100"));
        return discussion.getJsonArray("threads").stream()
                .map(thread -> thread.asJsonObject().getJsonObject("comment"))
                .filter(c -> c.getString("body", "").equals(text))
                .count();
    }
}
