package com.incidentreports.action;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A follow-up action from promise to proof in a real browser: a QA lead adds it to a report (its description shows
 * as formatted text) and assigns it to the author, who finds it in My actions and marks it done with a link and a
 * note; the QA lead verifies it, and the report shows all its actions verified.
 */
@BrowserTest
class ActionBrowserIT {

    private Browser session;
    private WebDriver browser;
    private WebDriverWait wait;
    private long reportId;
    private String title;

    @BeforeEach
    void aFreshReport(Browser session) {
        reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        title = TestData.unique("Run the invite sign-up in the E2E suite");
        this.session = session;
        browser = session.driver();
        wait = session.await();
    }

    @Test
    void anActionIsAssignedDeliveredWithEvidenceAndVerified() {
        openReportAs(QA_LEAD);
        session.click("actions:add");
        session.waitForVisible("actionForm:title");
        session.click("actionForm:save");
        assertTrue(session.waitForMessage("actionForm:titleMessage").contains("title"), "a title is required");
        session.type("actionForm:title", title);
        session.type("actionForm:description", "Cover the **invite sign-up** end to end.");
        session.type("actionForm:owner_input", AUTHOR.username());
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//li[contains(@class,'ui-autocomplete-item')"
                + " and normalize-space()='" + AUTHOR.username() + "']"))).click();
        // Due today, so that it comes first in My actions after any overdue ones, however many the author has.
        session.typeDate("actionForm:dueDate", LocalDate.now(ZoneOffset.UTC).toString());
        session.click("actionForm:save");
        WebElement action = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'action-item')][.//span[@class='action-title' and text()='" + title
                        + "']]")));
        assertTrue(action.getText().contains("Open"), action.getText());
        assertEquals("invite sign-up", action.findElement(By.cssSelector(".action-description strong")).getText());
        session.assertNoConsoleErrors("the report page of the QA lead");
        signOut();

        session.get("actions/mine");
        session.signIn(AUTHOR);
        session.waitForLink(title);
        session.clickLink(title);
        WebElement done = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#action-" + actionId() + " .move-DONE")));
        done.click();
        session.waitForVisible("move:evidence");
        session.type("move:evidence", "not a link");
        session.type("move:note", "The E2E suite signs up with an invite on every build.");
        session.click("move:confirm");
        assertTrue(session.waitForMessage("move:evidenceMessage").contains("http"), "evidence must be a web link");
        session.retype("move:evidence", "https://ci.example.com/e2e/runs/77");
        session.click("move:confirm");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#action-" + actionId() + " .chip-action"), "Done"));
        session.assertNoConsoleErrors("the report page of the owner");
        signOut();

        openReportAs(QA_LEAD);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#action-" + actionId() + " .move-VERIFIED")))
                .click();
        session.waitForText("actions:summary", "1 of 1 verified");
        session.screenshot("action-verified");
        session.assertNoConsoleErrors("the report page after verifying");
    }

    /** The id of the test's action, read again should an ajax update replace its element meanwhile. */
    private String actionId() {
        return wait.until(driver -> driver.findElement(By.xpath("//div[contains(@class,'action-item')][.//span[text()='"
                + title + "']]")).getDomAttribute("id")).substring("action-".length());
    }

    private void openReportAs(DemoUser user) {
        session.get("reports/" + reportId);
        session.signIn(user);
        session.waitForVisible("actions");
    }

    private void signOut() {
        session.click("signOut:signOutLink");
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
