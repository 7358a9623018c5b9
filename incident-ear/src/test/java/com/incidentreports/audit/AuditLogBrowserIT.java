package com.incidentreports.audit;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.Deployments;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
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
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    @Test
    void anAdminFindsAFailedSignInByPersonTypeAndDay() {
        String username = TestData.uniqueWord();
        Server.anonymous().get("/api/v1/me", "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":wrong").getBytes(StandardCharsets.UTF_8)));
        Server.as(STAFF).get("/actions");

        browser.get("admin/audit");
        browser.signIn(ADMIN);
        browser.waitForUrlEndingWith("/admin/audit");
        assertTrue(browser.find("admin-nav-audit").getAttribute("class").contains("active"));
        List<WebElement> rows = rows();
        assertTrue(rows.get(0).getText().contains("Signed in") && rows.get(0).getText().contains("admin"),
                "the admin's own sign-in is the newest entry: " + rows.get(0).getText());

        browser.type("audit:person_input", username);
        browser.find("audit:person_input").sendKeys(Keys.TAB);
        browser.await().until(driver -> rows().size() == 1 && rows().get(0).getText().contains(username));
        String entry = rows().get(0).getText();
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
        browser.await().until(driver -> !rows().isEmpty() && rows().stream()
                .allMatch(row -> row.getText().contains("Access denied")));
        assertTrue(rows().stream().anyMatch(row -> row.getText().contains("GET /actions")
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
    void staffAreToldTheLogIsNotTheirs() {
        browser.get("admin/audit");
        browser.signIn(STAFF);
        browser.waitForUrlEndingWith("/admin/audit");
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Not allowed"));
        assertTrue(browser.driver().findElements(By.id("nav-admin")).isEmpty(), "no link to administration");
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("[id='audit:entries_data'] > tr:not(.ui-datatable-empty-message)"));
    }
}
