package com.incidentreports.report;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.SignedIn;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home page's filters in a real browser: the service filter offers the services whose names contain what the
 * person types, choosing one lists only its reports, and clearing the filters lists every service's reports again.
 */
@BrowserTest
class HomeFiltersBrowserIT {

    @Test
    void theServiceFilterOffersServicesAsThePersonTypesAndListsOnlyTheChosenOnesReports(
            @SignedIn(STAFF) Browser browser) {
        String word = TestData.uniqueWord();
        JsonObject ledger = TestData.service().named("Ledger " + word).create();
        JsonObject billing = TestData.service().named("Billing " + word).create();
        String ledgerReport = TestData.report(ledger.getJsonNumber("id").longValue())
                .titled(TestData.unique("Ledger totals were wrong")).published().create().getString("title");
        String billingReport = TestData.report(billing.getJsonNumber("id").longValue())
                .titled(TestData.unique("Invoices went out twice")).published().create().getString("title");

        browser.get("");
        showsReport(browser, billingReport);
        assertTrue(browser.find("home:reports").getText().contains(ledgerReport), "both services' reports show");

        browser.waitForVisible("home:service_input").sendKeys("ledger " + word);
        WebElement offered = browser.await().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='home:service_panel']//li[contains(@class,'ui-autocomplete-item')"
                        + " and normalize-space()='Ledger " + word + "']")));
        assertFalse(browser.find("home:service_panel").getText().contains("Billing " + word),
                "only services whose names contain the words typed are offered");
        offered.click();

        browser.await().until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.id("home:reports"), billingReport)));
        assertTrue(browser.find("home:reports").getText().contains(ledgerReport), "the chosen service's report");
        browser.assertNoConsoleErrors("the home page filtered by service");
        browser.screenshot("home-filtered-by-service");

        browser.click("home:clear");
        showsReport(browser, billingReport);
        assertTrue(browser.valueOf("home:service_input").isEmpty(), "the service filter is empty again");
    }

    private static void showsReport(Browser browser, String title) {
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("home:reports"), title));
    }
}
