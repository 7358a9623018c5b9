package com.incidentreports.audit;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit log page: an admin reads it newest first and narrows it down; nobody else gets in. */
@BrowserTest
class AuditLogBrowserIT {

    @Test
    void anAdminFindsAFailedSignInByPersonTypeAndDay(Browser browser) {
        String username = TestData.uniqueWord();
        Server.anonymous().get("/api/v1/me", "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":wrong").getBytes(StandardCharsets.UTF_8)));
        Server.as(STAFF).get("/actions");

        browser.get("admin/audit");
        browser.signIn(ADMIN);
        browser.waitForUrlEndingWith("/admin/audit");
        assertTrue(browser.find("admin-nav-audit").getAttribute("class").contains("active"));
        List<WebElement> rows = rows(browser);
        assertTrue(rows.get(0).getText().contains("Signed in") && rows.get(0).getText().contains("admin"),
                "the admin's own sign-in is the newest entry: " + rows.get(0).getText());

        browser.type("audit:person_input", username);
        browser.find("audit:person_input").sendKeys(Keys.TAB);
        browser.await().until(driver -> rows(browser).size() == 1 && rows(browser).get(0).getText().contains(username));
        String entry = rows(browser).get(0).getText();
        assertTrue(entry.contains("Sign-in failed"), entry);
        assertTrue(entry.contains("HTTP Basic: wrong username or password"), entry);
        assertTrue(entry.contains("127.0.0.1"), entry);

        browser.choose("audit:type", "Access denied");
        browser.await().until(driver -> browser.find("audit:entries").getText().contains("No entries match"));

        WebElement filtered = browser.find("audit:type");
        browser.click("audit:clear");
        browser.await().until(ExpectedConditions.stalenessOf(filtered));
        assertEquals("", browser.valueOf("audit:person_input"), "the filters are cleared");
        browser.choose("audit:type", "Access denied");
        browser.await().until(driver -> !rows(browser).isEmpty() && rows(browser).stream()
                .allMatch(row -> row.getText().contains("Access denied")));
        assertTrue(rows(browser).stream().anyMatch(row -> row.getText().contains("GET /actions")
                && row.getText().contains("staff")), browser.find("audit:entries").getText());
        browser.screenshot("audit-log-access-denied");

        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        browser.typeDate("audit:from", tomorrow);
        browser.await().until(driver -> browser.find("audit:entries").getText().contains("No entries match"));
        browser.typeDate("audit:to", LocalDate.now(ZoneOffset.UTC).toString());
        assertEquals("The end of the range is before its start.", browser.waitForMessage("audit:rangeMessage"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), browser.valueOf("audit:to_input"),
                "what was typed stays");
        browser.assertNoConsoleErrors("the audit log");
    }

    @Test
    void staffAreToldTheLogIsNotTheirs(Browser browser) {
        browser.get("admin/audit");
        browser.signIn(STAFF);
        browser.waitForUrlEndingWith("/admin/audit");
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Not allowed"));
        assertTrue(browser.driver().findElements(By.id("nav-admin")).isEmpty(), "no link to administration");
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='audit:entries_data'] > tr:not(.ui-datatable-empty-message)"));
    }
}
