package com.incidentreports.webhook;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.SignedIn;
import com.incidentreports.testsupport.TestData;
import com.incidentreports.testsupport.WebhookReceiver;
import com.incidentreports.testsupport.WebhookReceiver.Request;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admins' webhooks page in a real browser: create an endpoint, keep its secret, send a test, read the log. */
@BrowserTest
class WebhookAdminBrowserIT {

    @Test
    void anAdminCreatesAWebhookSendsATestAndSeesItInTheDeliveryLog(@SignedIn(ADMIN) Browser browser) {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String name = TestData.unique("Ops chat");
            browser.get("admin/webhooks");
            browser.waitForUrlEndingWith("/admin/webhooks");
            assertTrue(browser.find("admin-nav-webhooks").getAttribute("class").contains("active"));

            browser.click("pageActions:newWebhookButton");
            browser.waitForVisible("editor:name").sendKeys(name);
            browser.type("editor:url", receiver.url());
            browser.driver().findElement(By.cssSelector("label[for='editor:events:2']")).click();
            browser.driver().findElement(By.cssSelector("label[for='editor:format:1']")).click();
            browser.screenshot("admin-webhooks-new");
            browser.click("editor:save");

            String secret = browser.await().until(driver -> {
                String value = driver.findElement(By.id("secret:value")).getDomProperty("value");
                return value != null && value.startsWith("whsec_") ? value : null;
            });
            browser.screenshot("admin-webhooks-secret");
            browser.click("secret:done");
            browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretDialog")));
            WebElement row = rowOf(browser, name);
            assertTrue(row.getText().contains("Report published") && row.getText().contains("Comment posted"),
                    row.getText());
            assertTrue(row.getText().contains("Chat message"), row.getText());

            row.findElement(By.cssSelector("button[id$=':ping']")).click();
            Request ping = receiver.await(1, request -> true).get(0);
            assertTrue(WebhookReceiver.signedWith(secret, ping), "signed with the secret the page showed once");
            browser.waitForVisible("log:deliveries");
            browser.await().until(driver -> {
                driver.findElement(By.id("log:refresh")).click();
                return driver.findElement(By.id("log:deliveries")).getText().contains("Delivered");
            });
            String log = browser.find("log:deliveries").getText();
            assertTrue(log.contains("Test") && log.contains("200") && log.contains(ping.id()), log);
            browser.assertCleanPage("the admins' webhooks page");
            browser.screenshot("admin-webhooks-log");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.get("admin/webhooks");
            browser.await().until(driver -> rowOf(browser, name).isDisplayed());
            browser.screenshot("admin-webhooks-390");
            // The page's own parts fit a phone (the header above it is the layout's).
            Object wide = ((JavascriptExecutor) browser.driver()).executeScript("""
                    return Array.from(document.querySelectorAll('#webhooks, #webhooks *, #log, #log *, .page-head'))
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .map(e => e.tagName + '#' + e.id + '.' + e.className).join(' | ');""");
            assertEquals("", wide, "wider than a phone's screen");

            rowOf(browser, name).findElement(By.cssSelector("button[id$=':delete']")).click();
            browser.waitForVisible("webhooks:confirmDelete").click();
            browser.await().until(driver -> !driver.findElement(By.id("webhooks:table")).getText().contains(name));
        }
    }

    @Test
    void thePageIsTheAdminsOnly() {
        assertEquals(403, Server.as(AUTHOR).page("/admin/webhooks").status());
    }

    private static WebElement rowOf(Browser browser, String name) {
        return browser.await().until(driver -> driver.findElements(By.cssSelector("#webhooks\\:table tr")).stream()
                .filter(tr -> tr.getText().contains(name)).findFirst().orElse(null));
    }
}
