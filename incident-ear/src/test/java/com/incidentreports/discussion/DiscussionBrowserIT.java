package com.incidentreports.discussion;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;


import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two colleagues discuss a report in a real browser: one comments with a mention picked from the suggestions,
 * replies and likes the report; the one mentioned sees the bell count, opens the mention, quotes and likes the
 * comment. Others edit a comment (its earlier text stays readable), delete one after confirming, and an admin hides
 * one. Every page must load without a JavaScript error.
 */
@BrowserTest
class DiscussionBrowserIT {

    private Browser session;
    private WebDriver browser;
    private WebDriverWait wait;
    private long reportId;

    @BeforeEach
    void aFreshReport(Browser session) {
        reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        assertStatus(200, Server.as(QA_LEAD).post("/api/v1/notifications/read",
                Json.createObjectBuilder().add("all", JsonValue.TRUE).build()));

        this.session = session;
        browser = session.driver();
        wait = session.await();
    }

    @Test
    void colleaguesDiscussAReportAndTheMentionedOneIsTold() {
        openReportAs(STAFF);

        WebElement composer = browser.findElement(By.id("discussion:body"));
        composer.sendKeys("Why was this not tested manually by @qal");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[contains(@class,'ui-autocomplete-item') and normalize-space()='@qalead']"))).click();
        composer.sendKeys("?");
        browser.findElement(By.id("discussion:post")).click();
        WebElement mention = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article.comment .comment-body a[href='/people/qalead']")));
        assertEquals("@qalead", mention.getText());
        assertEquals("", browser.findElement(By.id("discussion:body")).getAttribute("value"), "the composer empties");

        browser.findElement(By.cssSelector("article.comment a.reply")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discussion:replyingTo")));
        browser.findElement(By.id("discussion:body")).sendKeys("Asking because the invite flow is **critical**.");
        browser.findElement(By.id("discussion:post")).click();
        WebElement reply = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article.comment.indent-1")));
        assertTrue(reply.getText().contains("Asking because the invite flow is critical."), reply.getText());

        browser.findElement(By.id("discussion:likeReport")).click();
        wait.until(ExpectedConditions.textToBe(By.id("discussion:reportLikes"), "1 Like"));
        session.assertNoConsoleErrors("the report page of the commenter");

        browser.findElement(By.id("signOut:signOutLink")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        openReportAs(QA_LEAD);

        wait.until(ExpectedConditions.textToBe(By.id("bell:bellCount"), "2"));
        browser.findElement(By.id("bell-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(@class,'bell-item') and contains(., 'staff mentioned you')]"))).click();
        wait.until(ExpectedConditions.urlMatches(".*/reports/" + reportId + "#comment-\\d+$"));
        wait.until(ExpectedConditions.textToBe(By.id("bell:bellCount"), "1"));

        browser.findElement(By.cssSelector("article.comment.indent-0 a.quote")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("discussion:body"), "value",
                "> **staff** wrote:"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discussion:replyingTo")));

        browser.findElement(By.cssSelector("article.comment.indent-0 a.like")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("article.comment.indent-0 a.like"), "1 Like"));
        session.assertNoConsoleErrors("the report page of the person mentioned");
    }

    @Test
    void peopleEditAndDeleteTheirCommentsAndAnAdminHidesOne() {
        String staffSays = TestData.unique("A remark from staff:");
        TestData.comment(reportId).saying(staffSays).postAs(STAFF);
        openReportAs(QA_LEAD);

        browser.findElement(By.id("discussion:body")).sendKeys("First thought: roll back.");
        browser.findElement(By.id("discussion:post")).click();
        WebElement mine = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//article[contains(@class,'comment') and .//p[normalize-space()='First thought: roll back.']]")));
        String mineId = mine.getAttribute("data-comment-id");

        mine.findElement(By.cssSelector("a.edit")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("discussion:body"), "value", "First thought: roll back."));
        WebElement composer = browser.findElement(By.id("discussion:body"));
        composer.clear();
        composer.sendKeys("Second thought: roll forward.");
        browser.findElement(By.id("discussion:post")).click();
        WebElement edited = wait.until(ExpectedConditions.elementToBeClickable(
                By.id("comment-" + mineId + "-edited")));
        assertTrue(browser.findElement(By.id("comment-" + mineId)).getText().contains("Second thought: roll forward."));

        edited.click();
        WebElement revisions = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("revisionsDialog")));
        wait.until(ExpectedConditions.textToBePresentInElement(revisions, "First thought: roll back."));
        revisions.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOf(revisions));

        browser.findElement(By.id("comment-" + mineId + "-delete")).click();
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmDelete")));
        confirm.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comment-" + mineId), "Comment removed"));
        session.assertNoConsoleErrors("the report page of the person who edited and deleted");

        browser.findElement(By.id("signOut:signOutLink")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        openReportAs(ADMIN);
        WebElement staffComment = browser.findElement(By.xpath(
                "//article[contains(@class,'comment') and .//p[normalize-space()='" + staffSays + "']]"));
        String staffId = staffComment.getAttribute("data-comment-id");
        staffComment.findElement(By.cssSelector("a.hide")).click();
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hide:reason")));
        reason.sendKeys("Names a customer.");
        browser.findElement(By.id("hide:confirmHide")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comment-" + staffId),
                "Hidden by an admin: Names a customer."));
        session.assertNoConsoleErrors("the report page of the admin who hid a comment");
    }

    /**
     * A double click that outruns the page: the composer's form sent twice at once, as it stood when "Comment" was
     * clicked, carries the one key the composer was opened with, and one comment is posted.
     */
    @Test
    void aCommentSentTwiceAtOnceIsPostedOnce() {
        openReportAs(STAFF);
        browser.findElement(By.id("discussion:body")).sendKeys("Clicked twice, posted once.");

        Object statuses = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('discussion');
                const data = new URLSearchParams(new FormData(form));
                data.set('jakarta.faces.source', 'discussion:post');
                data.set('jakarta.faces.partial.ajax', 'true');
                data.set('jakarta.faces.partial.execute', 'discussion:post discussion:body discussion:composerKey');
                data.set('jakarta.faces.partial.render', 'discussion');
                data.set('discussion:post', 'discussion:post');
                const send = () => fetch(form.action, {method: 'POST', credentials: 'same-origin',
                    headers: {'Faces-Request': 'partial/ajax',
                              'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'},
                    body: data.toString()}).then(answer => answer.status);
                Promise.all([send(), send()]).then(done, failure => done(String(failure)));
                """);
        assertEquals(List.of(200L, 200L), statuses);

        JsonObject discussion = assertStatus(200, Server.as(STAFF).get("/api/v1/reports/" + reportId + "/comments"));
        assertEquals(1, discussion.getInt("total"), discussion::toString);
        session.get("reports/" + reportId);
        assertEquals(1, wait.until(ExpectedConditions.numberOfElementsToBe(By.xpath(
                "//article[contains(@class,'comment') and .//p[normalize-space()='Clicked twice, posted once.']]"),
                1)).size());
    }

    private void openReportAs(DemoUser user) {
        session.get("reports/" + reportId);
        session.signIn(user);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discussion:body")));
    }
}
