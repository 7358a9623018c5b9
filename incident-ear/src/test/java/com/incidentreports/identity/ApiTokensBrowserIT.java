package com.incidentreports.identity;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API tokens section of the profile page: create a token, see it once, copy it, revoke it. */
@BrowserTest
class ApiTokensBrowserIT {

    @Test
    void aPersonCreatesATokenSeesItOnceUsesItAndRevokesIt(Browser browser) {
        String name = TestData.unique("Deploy pipeline");
        browser.get("profile");
        browser.signIn(QA_LEAD);
        browser.waitForUrlEndingWith("/profile");
        String displayName = assertStatus(200, Server.as(QA_LEAD).get("/api/v1/me")).getString("displayName");
        assertEquals(displayName, browser.find("signedInUser").getText(), "the header names the person");

        browser.type("tokens:name", name);
        browser.click("tokens:create");
        WebElement secretField = browser.waitForVisible("secret");
        String secret = secretField.getDomProperty("value");
        assertTrue(secret.startsWith("irt_"), secret);
        assertTrue(browser.find("tokens:newToken").getText().contains(name));

        browser.click("copySecret");
        browser.await().until(ExpectedConditions.textToBe(By.id("copySecret"), "Copied"));

        JsonObject me = assertStatus(200, Server.bearer(secret).get("/api/v1/me"));
        assertEquals(QA_LEAD.username(), me.getString("username"));

        browser.click("tokens:done");
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("secret")));
        browser.get("profile");
        assertFalse(browser.driver().getPageSource().contains(secret), "the secret is never shown again");
        WebElement row = rowOf(browser, name);
        assertTrue(row.getText().contains(secret.substring(0, 10)), row.getText());
        assertFalse(row.findElement(By.className("token-last-used")).getText().equals("Never"),
                "the call with the token is its last use: " + row.getText());

        row.findElement(By.cssSelector("button[id$=':revoke']")).click();
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("confirmRevoke"))).click();
        browser.await().until(driver -> driver.findElements(By.xpath(rowXpath(name))).isEmpty());
        assertTrue(browser.find("tokens:tokenMessages").getText().contains("Token revoked"));

        assertEquals(401, Server.bearer(secret).get("/api/v1/me").status());
        browser.assertNoConsoleErrors("the profile page");
    }

    @Test
    void aTokenWithoutANameIsRefusedAndTheChosenDayStays(Browser browser) {
        browser.get("profile");
        browser.signIn(QA_LEAD);
        browser.waitForUrlEndingWith("/profile");

        browser.typeDate("tokens:expiresOn", "2099-12-31");
        // Escape closes the calendar, which would otherwise cover the button below the field.
        browser.find("tokens:expiresOn_input").sendKeys(Keys.ESCAPE);
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("tokens:expiresOn_panel")));
        browser.click("tokens:create");
        String message = browser.waitForMessage("tokens:nameMessage");
        assertTrue(message.contains("Give the token a name"), message);
        assertEquals("2099-12-31", browser.valueOf("tokens:expiresOn_input"));
        assertTrue(browser.driver().findElements(By.id("secret")).isEmpty(), "no token was made");

        String name = TestData.unique("Reporting script");
        browser.type("tokens:name", name);
        browser.click("tokens:create");
        browser.waitForVisible("secret");
        assertTrue(rowOf(browser, name).getText().contains("2099"), rowOf(browser, name).getText());
    }

    private static WebElement rowOf(Browser browser, String name) {
        return browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(rowXpath(name))));
    }

    private static String rowXpath(String name) {
        return "//table[contains(@class,'tokens-table')]//tr[.//span[@class='token-name' and text()='" + name + "']]";
    }
}
