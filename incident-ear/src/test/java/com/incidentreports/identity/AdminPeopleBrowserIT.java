package com.incidentreports.identity;

import com.incidentreports.testsupport.Admin;
import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin people page: an admin finds a person, grants them a role — which their open session shows at its next
 * page — and deactivates them, which ends that session. The admin cannot do either to themselves.
 */
@BrowserTest
class AdminPeopleBrowserIT {

    @BeforeEach
    void staffStartsAsBefore() {
        Admin.restore(STAFF.username());
    }

    @AfterEach
    void restoreStaff() {
        Admin.restore(STAFF.username());
    }

    @Test
    void anAdminGrantsARoleAndDeactivatesAPersonWhoseSessionFollows(Browser admin, Browser staff) {
        staff.get("services");
        staff.signIn(STAFF);
        assertTrue(staff.driver().findElements(By.id("nav-write")).isEmpty());

        admin.get("");
        admin.signIn(ADMIN);
        admin.click("nav-admin");
        admin.waitForUrlEndingWith("/admin/people");
        admin.type("people:query", "staff");
        admin.click("people:searchButton");
        // The first list shows everyone; the search's answer shows staff without admin.
        admin.await().until(driver -> row(admin, "admin") == null && row(admin, "staff") != null);

        authorBox(admin).click();
        admin.await().until(driver -> authorBox(admin).getDomAttribute("class").contains("ui-state-active"));
        admin.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Author granted to staff"));

        staff.get("services");
        assertEquals(1, staff.driver().findElements(By.id("nav-write")).size(), "the granted role, without signing in again");

        row(admin, "staff").findElement(By.xpath(".//button[contains(@id, ':deactivate')]")).click();
        admin.await().until(ExpectedConditions.elementToBeClickable(By.id("people:confirmYes"))).click();
        admin.await().until(driver -> row(admin, "staff").getText().contains("Deactivated"));

        staff.get("services");
        staff.waitForUrlContaining("/login");
        assertTrue(staff.currentUrl().contains("account=deactivated"), staff.currentUrl());
        assertTrue(staff.driver().findElement(By.tagName("body")).getText().contains("deactivated"));

        row(admin, "staff").findElement(By.xpath(".//button[contains(@id, ':reactivate')]")).click();
        admin.await().until(driver -> row(admin, "staff").getText().contains("Active"));
        admin.screenshot("admin-people");
    }

    @Test
    void anAdminCannotDeactivateThemselvesOrTakeAwayTheirOwnAdminRole(Browser admin) {
        admin.get("admin/people");
        admin.signIn(ADMIN);
        admin.type("people:query", "admin");
        admin.click("people:searchButton");
        admin.await().until(driver -> row(admin, "staff") == null);
        WebElement self = admin.await().until(driver -> row(admin, "admin"));
        assertTrue(self.getText().contains("This is you"));
        assertTrue(self.findElements(By.xpath(".//button[contains(@id, ':deactivate')]")).isEmpty());
        assertTrue(self.getText().contains("via registry"), "admin's roles come from the registry's groups");
    }

    private static WebElement row(Browser browser, String username) {
        return browser.driver().findElements(By.xpath("//div[@data-username='" + username + "']/ancestor::tr"))
                .stream().findFirst().orElse(null);
    }

    /** The checkbox of the Author column in staff's row. */
    private static WebElement authorBox(Browser browser) {
        return row(browser, "staff").findElements(By.cssSelector(".ui-chkbox-box")).get(0);
    }
}
