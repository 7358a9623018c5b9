package com.incidentreports.servicelog;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admins' services page in a real browser: create, rename with an owner, archive, bring back. */
@BrowserTest
class ServiceAdminBrowserIT {

    @Test
    void anAdminCreatesRenamesOwnsArchivesAndBringsBackAService(Browser browser) {
        assertStatus(200, Server.as(QA_LEAD).get("/api/v1/me"));
        String name = TestData.unique("Search Indexer");
        String renamed = TestData.unique("Search Ingest");

        TestData.known(QA_LEAD);
        browser.get("services");
        browser.signIn(ADMIN);
        browser.click("nav-admin");
        browser.waitForUrlEndingWith("/admin/people");
        browser.click("admin-nav-services");
        browser.waitForUrlEndingWith("/admin/services");
        browser.assertNoConsoleErrors("the admins' services page");
        assertTrue(browser.find("admin-nav-services").getAttribute("class").contains("active"));

        browser.click("pageActions:newServiceButton");
        browser.waitForVisible("editor:name").sendKeys(name);
        browser.type("editor:description", "Feeds the search index.");
        browser.click("editor:save");
        browser.await().until(driver -> rowOf(browser, name).getText().contains("In use"));

        clickInRow(browser, name, "button[id$=':edit']");
        browser.waitForVisible("editor:slugHint");
        browser.await().until(ExpectedConditions.attributeToBe(By.id("editor:name"), "value", name));
        browser.retype("editor:name", renamed);
        browser.find("editor:owners_input").sendKeys("qale");
        browser.await().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#editor\\:owners_panel li[data-item-value='qalead']"))).click();
        browser.click("editor:save");
        browser.await().until(driver -> QA_LEAD.username().equals(
                rowOf(browser, renamed).findElement(By.cssSelector(".owner")).getAttribute("title")));
        browser.screenshot("admin-services");

        clickInRow(browser, renamed, "button[id$=':archive']");
        browser.waitForVisible("services:confirmArchive").click();
        browser.await().until(driver -> rowOf(browser, renamed).getText().contains("Archived"));
        browser.screenshot("admin-services-archived");

        browser.get("services");
        assertTrue(browser.driver().findElements(By.linkText(renamed)).isEmpty(), "the services list leaves it out");
        browser.click("showArchived");
        browser.waitForLink(renamed);
        browser.screenshot("services-with-archived");

        browser.clickLink(renamed);
        browser.waitForText("service-name", renamed);
        browser.waitForVisible("service-archived");
        browser.screenshot("archived-service-log");
        assertFalse(browser.driver().findElements(By.cssSelector("#service-owners a[href$='/people/qalead']")).isEmpty(),
                "the log names its owner");
        assertTrue(browser.driver().findElements(By.id("write-for-service")).isEmpty(),
                "an archived service's log offers no new report");

        browser.get("admin/services");
        clickInRow(browser, renamed, "button[id$=':unarchive']");
        browser.await().until(driver -> rowOf(browser, renamed).getText().contains("In use"));
        browser.assertNoConsoleErrors("the admins' services page after its changes");
    }

    @Test
    void theAdminPageIsTheAdminsOnly(Browser browser) {
        browser.get("services");
        browser.signIn(AUTHOR);
        assertTrue(browser.driver().findElements(By.id("nav-admin")).isEmpty(), "no Admin link for authors");
        assertEquals(403, Server.as(AUTHOR).page("/admin/services").status());
        assertFalse(Server.as(AUTHOR).page("/services").body().contains("id=\"nav-admin\""));
    }

    /** Clicks in a service's row, looking again if an ajax update replaced the row meanwhile. */
    private static void clickInRow(Browser browser, String serviceName, String selector) {
        browser.await().until(driver -> {
            try {
                rowOf(browser, serviceName).findElement(By.cssSelector(selector)).click();
                return true;
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    private static WebElement rowOf(Browser browser, String serviceName) {
        return browser.await().until(driver -> driver.findElements(By.cssSelector("#services\\:table tbody tr"))
                .stream().filter(row -> row.getText().contains(serviceName)).findFirst().orElse(null));
    }
}
