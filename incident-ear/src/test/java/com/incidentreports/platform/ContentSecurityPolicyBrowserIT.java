package com.incidentreports.platform;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.ServerClock;
import com.incidentreports.testsupport.SignedIn;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page under the Content-Security-Policy, as each role sees it: nothing blocked and no JavaScript error,
 * with the bell open, every dialog of the report page opened (the buttons that only open or close one now do it
 * from app.js), and the report and action forms in their error state. And what the policy does block reaches the
 * security audit log.
 */
@BrowserTest
class ContentSecurityPolicyBrowserIT {

    @RegisterExtension
    final ServerClock clock = new ServerClock();

    private long reportId;
    private String serviceSlug;
    private long actionId;
    private long staffCommentId;
    private long adminCommentId;

    @BeforeEach
    void aReportWithAnActionAndADiscussion() {
        JsonObject report = TestData.publishedReport();
        reportId = report.getJsonNumber("id").longValue();
        serviceSlug = report.getJsonObject("service").getString("slug");
        actionId = TestData.action(reportId).ownedBy(ADMIN).createAs(QA_LEAD).getJsonNumber("id").longValue();
        staffCommentId = TestData.comment(reportId).postAs(STAFF).getJsonNumber("id").longValue();
        adminCommentId = TestData.comment(reportId).postAs(ADMIN).getJsonNumber("id").longValue();
        String address = "/api/v1/comments/" + adminCommentId;
        String version = Server.as(ADMIN).get(address).header("ETag");
        assertStatus(200, Server.as(ADMIN).put(address, Json.createObjectBuilder()
                .add("body", TestData.unique("Edited:")).build(), "If-Match", version));
    }

    @Test
    void theSignInPageAndTheErrorPages(Browser browser) {
        browser.get("login");
        browser.waitForVisible("login:username");
        browser.assertCleanPage("the sign-in page");
        browser.find("login:submit").click();
        browser.waitForMessage("login:messages");
        browser.assertCleanPage("the sign-in page, nothing typed");

        // Chromium logs a 403 or 404 answer as a console error: here only what the policy blocked counts.
        browser.signIn(STAFF);
        browser.get("reports/" + Long.MAX_VALUE);
        browser.assertNoPolicyViolations("the page of a report that does not exist");
        browser.get("actions");
        browser.assertNoPolicyViolations("a page staff may not open");
    }

    @Test
    void everyPageOfStaff(@SignedIn(STAFF) Browser browser) {
        openThePagesEveryoneHas(browser, STAFF);
    }

    @Test
    void everyPageOfAnAuthor(@SignedIn(AUTHOR) Browser browser) {
        openThePagesEveryoneHas(browser, AUTHOR);
        openTheWritingPages(browser);
    }

    @Test
    void everyPageOfAQaLead(@SignedIn(QA_LEAD) Browser browser) {
        openThePagesEveryoneHas(browser, QA_LEAD);
        browser.get("actions");
        browser.assertCleanPage("the actions board");
    }

    @Test
    void everyPageAndEveryDialogOfAnAdmin(@SignedIn(ADMIN) Browser browser) {
        openThePagesEveryoneHas(browser, ADMIN);
        openTheWritingPages(browser);
        browser.get("actions");
        browser.assertCleanPage("the actions board");
        for (String page : List.of("admin/people", "admin/invitations", "admin/audit")) {
            browser.get(page);
            browser.assertCleanPage(page);
        }
        browser.get("admin/services");
        browser.click("pageActions:newServiceButton");
        browser.waitForVisible("editor:name");
        closeWithCancel(browser, "serviceDialog", "the new service dialog of the admin page");

        browser.get("reports/" + reportId);
        openEveryDialogOfTheReportPage(browser);
    }

    @Test
    void whatThePolicyBlocksIsReportedToTheAuditLog(@SignedIn(STAFF) Browser browser) {
        // A past moment no other test stands at: this test's report opens a minute of its own in the audit log, and
        // the log's newest entries stay those of the present.
        Instant at = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        clock.standAt(at);
        browser.get("reports/" + reportId);
        browser.waitForVisible("discussion");
        ((JavascriptExecutor) browser.driver()).executeScript("var injected = document.createElement('script');"
                + "injected.textContent = 'window.ran = true;'; document.body.appendChild(injected);");
        browser.await().until(driver -> !((List<?>) ((JavascriptExecutor) driver)
                .executeScript("return window.__policyViolations;")).isEmpty());
        assertFalse(Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.ran;")),
                "an inline script without the page's nonce does not run");

        browser.await().until(driver -> Server.as(ADMIN).get("/api/v1/admin/audit?type=CSP_VIOLATION&from=" + at
                        + "&to=" + at.plus(Duration.ofMinutes(10)))
                .json().getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .anyMatch(entry -> entry.getString("detail").contains("/reports/" + reportId)));
    }

    private void openThePagesEveryoneHas(Browser browser, DemoUser user) {
        for (String page : List.of("", "services", "services/" + serviceSlug, "profile", "actions/mine",
                "people/" + STAFF.username())) {
            browser.get(page);
            browser.assertCleanPage("/" + page + " of " + user.username());
        }
        browser.get("reports/" + reportId);
        browser.waitForVisible("discussion");
        browser.assertCleanPage("the report page of " + user.username());
        browser.click("bell-button");
        browser.waitForVisible("bell:bellPanel");
        browser.assertCleanPage("the bell of " + user.username());
        WebElement composer = browser.find("discussion:body");
        composer.sendKeys("A **preview**");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#discussion\\:commentPreview strong"), "preview"));
        browser.assertCleanPage("the composer's preview of " + user.username());
    }

    private void openTheWritingPages(Browser browser) {
        browser.get("write");
        browser.waitForVisible("edit:incident");
        browser.click("edit:publish");
        assertFalse(browser.waitForMessage("edit:titleMessage").isBlank(), "the form says what is missing");
        browser.assertCleanPage("the report form in its error state");
        browser.get("write/" + reportId);
        browser.waitForVisible("edit:incident");
        browser.assertCleanPage("the report form of a report");

        browser.get("services");
        browser.click("newServiceButton");
        browser.waitForVisible("newService:name");
        closeWithCancel(browser, "newServiceDialog", "the new service dialog");
    }

    private void openEveryDialogOfTheReportPage(Browser browser) {
        browser.click("actions:add");
        browser.waitForVisible("actionForm:title");
        browser.click("actionForm:save");
        assertTrue(browser.waitForMessage("actionForm:titleMessage").contains("title"), "a title is required");
        browser.assertCleanPage("the action form in its error state");
        closeWithCancel(browser, "actionDialog", "the action form");

        clickInAction(browser, "button[id$=':edit']");
        browser.waitForVisible("actionForm:title");
        closeWithCancel(browser, "actionDialog", "the action form of an action");
        clickInAction(browser, "button[id$=':history']");
        browser.waitForVisible("historyDialog");
        browser.assertCleanPage("the history of an action");
        closeWithX(browser, "historyDialog");
        clickInAction(browser, "button.move-DONE");
        browser.waitForVisible("move:evidence");
        closeWithCancel(browser, "moveDialog", "the dialog that moves an action");

        browser.click("comment-" + adminCommentId + "-edited");
        browser.waitForVisible("revisionsDialog");
        browser.assertCleanPage("the earlier versions of a comment");
        closeWithX(browser, "revisionsDialog");
        browser.click("comment-" + staffCommentId + "-hide");
        browser.waitForVisible("hide:reason");
        browser.assertCleanPage("the dialog that hides a comment");
        closeWithX(browser, "hideDialog");
        browser.click("comment-" + adminCommentId + "-delete");
        browser.waitForVisible("deleteDialog");
        closeWithCancel(browser, "deleteDialog", "the question before deleting a comment");

        browser.click("comment-" + staffCommentId + "-reply");
        browser.waitForVisible("discussion:replyingTo");
        browser.click("quote-" + staffCommentId);
        browser.await().until(ExpectedConditions.attributeContains(By.id("discussion:body"), "value", "wrote:"));
        browser.click("comment-" + adminCommentId + "-edit");
        browser.await().until(ExpectedConditions.attributeContains(By.id("discussion:body"), "value", "Edited:"));
        browser.assertCleanPage("the composer replying, quoting and editing");
    }

    private void clickInAction(Browser browser, String button) {
        browser.await().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#action-" + actionId + " " + button))).click();
    }

    private static void closeWithX(Browser browser, String dialog) {
        browser.find(dialog).findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialog)));
    }

    /** Closes the dialog with its Cancel button, which app.js now works (no inline script). */
    private static void closeWithCancel(Browser browser, String dialog, String what) {
        WebElement cancel = browser.driver().findElement(By.cssSelector("[data-dialog-hide='" + dialog + "']"));
        browser.await().until(ExpectedConditions.elementToBeClickable(cancel)).click();
        browser.await().until(driver -> !(Boolean) ((JavascriptExecutor) driver).executeScript(
                "return PF(arguments[0]).isVisible();", dialog));
        browser.assertCleanPage(what);
    }
}
