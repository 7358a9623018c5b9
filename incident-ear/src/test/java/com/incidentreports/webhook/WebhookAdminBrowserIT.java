package com.incidentreports.webhook;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.SignedIn;
import com.incidentreports.testsupport.TestData;
import com.incidentreports.testsupport.WebhookReceiver;
import com.incidentreports.testsupport.WebhookReceiver.Request;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admins' webhooks page in a real browser: create an endpoint, keep its secret, send a test, read the log. */
@BrowserTest
class WebhookAdminBrowserIT {

    private static final String WEBHOOKS = "/api/v1/admin/webhooks";

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
    void theBellTellsAnAdminThatAWebhookSwitchedItselfOffAndLeadsToThePage(@SignedIn(ADMIN) Browser browser)
            throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start().alwaysAnswering(503)) {
            assertStatus(200, Server.as(ADMIN).post("/api/v1/notifications/read",
                    Json.createObjectBuilder().add("all", JsonValue.TRUE).build()));
            long serviceId = TestData.service().create().getJsonNumber("id").longValue();
            String slug = Server.as(ADMIN).get("/api/v1/services").jsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(service -> service.getJsonNumber("id").longValue() == serviceId)
                    .findFirst().orElseThrow().getString("slug");
            long webhookId = assertStatus(201, Server.as(ADMIN).post(WEBHOOKS, Json.createObjectBuilder()
                    .add("name", TestData.unique("Failing receiver")).add("url", receiver.url())
                    .add("events", Json.createArrayBuilder().add("report.published")).add("service", slug)
                    .build())).getJsonObject("webhook").getJsonNumber("id").longValue();
            try {
                TestData.report(serviceId).published().create();
                receiver.await(3, request -> true);
                awaitSwitchedOff(webhookId);

                browser.get("");
                browser.await().until(ExpectedConditions.textToBe(By.id("bell:bellCount"), "1"));
                browser.click("bell-button");
                browser.await().until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//a[contains(@class,'bell-item') and contains(., 'A webhook failed too often in a row')]")))
                        .click();
                browser.waitForUrlEndingWith("/admin/webhooks");
                assertEquals(0, Server.as(ADMIN).get("/api/v1/notifications").json().getInt("unread"),
                        "opening the notice marked it read");
                browser.assertCleanPage("the webhooks page, opened from the bell");
            } finally {
                Server.as(ADMIN).send("DELETE", WEBHOOKS + "/" + webhookId);
            }
        }
    }

    @Test
    void thePageIsTheAdminsOnly() {
        assertEquals(403, Server.as(AUTHOR).page("/admin/webhooks").status());
    }

    private static void awaitSwitchedOff(long webhookId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Reply webhook = Server.as(ADMIN).get(WEBHOOKS + "/" + webhookId);
            if (webhook.status() == 200 && !webhook.json().getBoolean("enabled")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The webhook was not switched off within 60 s");
    }

    private static WebElement rowOf(Browser browser, String name) {
        return browser.await().until(driver -> driver.findElements(By.cssSelector("#webhooks\\:table tr")).stream()
                .filter(tr -> tr.getText().contains(name)).findFirst().orElse(null));
    }
}
