package com.incidentreports.discussion;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Deployments;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two colleagues discuss a report in a real browser: one comments with a mention picked from the suggestions,
 * replies and likes the report; the one mentioned sees the bell count, opens the mention, quotes and likes the
 * comment. Every page must load without a JavaScript error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscussionBrowserIT {

    private Browser session;
    private WebDriver browser;
    private WebDriverWait wait;
    private long reportId;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @BeforeEach
    void openBrowserOnAFreshReport() {
        reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        assertStatus(200, Server.as(QA_LEAD).post("/api/v1/notifications/read",
                Json.createObjectBuilder().add("all", JsonValue.TRUE).build()));

        session = Browser.open();
        browser = session.driver();
        wait = session.await();
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
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

        browser.findElement(By.cssSelector("article.comment [id$=':reply']")).click();
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

        browser.findElement(By.cssSelector("article.comment.indent-0 [id$=':like']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("article.comment.indent-0 [id$=':like']"), "1 Like"));
        session.assertNoConsoleErrors("the report page of the person mentioned");
    }

    private void openReportAs(DemoUser user) {
        session.get("reports/" + reportId);
        session.signIn(user);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discussion:body")));
    }
}
