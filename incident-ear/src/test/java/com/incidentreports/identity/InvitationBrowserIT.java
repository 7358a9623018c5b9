package com.incidentreports.identity;

import com.incidentreports.testsupport.Admin;
import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.SignedIn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.StringReader;
import java.util.List;

import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The path the seed's incident broke: an admin invites someone by email on the invitations page, and that person's
 * first sign-in — through the company's identity provider (the build's second Liberty, its real sign-in page) or
 * with a local account — brings the invited roles at once. A revoked invitation brings nothing.
 * dana@company.example and erin@company.example exist at the test provider, their address as the email claim.
 */
@BrowserTest
class InvitationBrowserIT {

    private static final String DANA = "dana@company.example";
    private static final String ERIN = "erin@company.example";

    @BeforeEach
    void startAsBefore() {
        for (String person : List.of(DANA, ERIN, QA_LEAD.username())) {
            Admin.restore(person);
        }
        for (String email : List.of(DANA, ERIN, "qalead@incidents.example")) {
            Admin.revokeOpenInvitations(email);
        }
    }

    @AfterEach
    void restoreTheQaLead() {
        Admin.restore(QA_LEAD.username());
    }

    @Test
    void aPersonInvitedByEmailSignsInAtTheProviderAndHasTheInvitedRolesAtOnce(@SignedIn(ADMIN) Browser admin,
            Browser dana) {
        admin.get("admin/invitations");

        admin.type("invite:email", "dana@company");
        admin.click("invite:send");
        assertTrue(admin.waitForMessage("invite:emailMessage").contains("not an email address"));
        assertTrue(admin.waitForMessage("invite:rolesMessage").contains("at least one role"));
        assertEquals("dana@company", admin.valueOf("invite:email"), "what was typed stays");

        admin.retype("invite:email", " Dana@Company.example ");
        tickRole(admin, 0);
        admin.click("invite:send");
        WebElement status = statusOf(admin, DANA);
        assertEquals("PENDING", status.getDomAttribute("data-status"));
        assertEquals("", admin.valueOf("invite:email"), "the form is ready for the next invitation");

        dana.get("services");
        dana.click("sso");
        dana.waitForUrlContaining("/oidc/");
        dana.signInAtProvider(DANA, "dana-password");
        dana.waitForUrlEndingWith("/services");
        assertEquals(1, dana.driver().findElements(By.id("nav-write")).size(), "the invited AUTHOR role, at once");
        assertEquals(Json.createArrayBuilder().add("STAFF").add("AUTHOR").build(), me(dana).getJsonArray("roles"));

        admin.get("admin/invitations?status=ACCEPTED");
        assertEquals("ACCEPTED", statusOf(admin, DANA).getDomAttribute("data-status"));
        assertTrue(rowOf(admin, DANA).getText().contains("Accepted by " + DANA));
    }

    @Test
    void someoneWhoseInvitationWasRevokedGetsNothing(@SignedIn(ADMIN) Browser admin, Browser erin) {
        admin.get("admin/invitations");
        admin.type("invite:email", ERIN);
        tickRole(admin, 2);
        admin.click("invite:send");
        statusOf(admin, ERIN);
        rowOf(admin, ERIN).findElement(By.xpath(".//button[contains(@id, ':revoke')]")).click();
        admin.await().until(ExpectedConditions.elementToBeClickable(By.id("list:confirmYes"))).click();
        admin.await().until(browser -> rowsOf(admin, ERIN).isEmpty());
        admin.get("admin/invitations?status=REVOKED");
        assertEquals("REVOKED", statusOf(admin, ERIN).getDomAttribute("data-status"));

        erin.get("");
        erin.click("sso");
        erin.waitForUrlContaining("/oidc/");
        erin.signInAtProvider(ERIN, "erin-password");
        erin.waitForUrlEndingWith("/");
        assertTrue(erin.driver().findElements(By.id("nav-admin")).isEmpty(), "no ADMIN from a revoked invitation");
        assertEquals(Json.createArrayBuilder().add("STAFF").build(), me(erin).getJsonArray("roles"));
    }

    @Test
    void aLocalAccountIsInvitedByItsConfiguredAddress(@SignedIn(ADMIN) Browser admin, Browser qaLead) {
        admin.get("admin/invitations");
        admin.type("invite:email", "qalead@incidents.example");
        tickRole(admin, 0);
        admin.click("invite:send");
        statusOf(admin, "qalead@incidents.example");

        qaLead.get("services");
        qaLead.signIn(QA_LEAD);
        assertEquals(1, qaLead.driver().findElements(By.id("nav-write")).size(), "the invited AUTHOR role");
        assertEquals(Json.createArrayBuilder().add("STAFF").add("AUTHOR").add("QA_LEAD").build(),
                me(qaLead).getJsonArray("roles"));

        admin.get("admin/invitations?status=ACCEPTED");
        assertTrue(rowOf(admin, "qalead@incidents.example").getText().contains("Accepted by qalead"));
    }

    /** Ticks the role checkbox at {@code index} (0 AUTHOR, 1 QA_LEAD, 2 ADMIN) of the invitation form. */
    private static void tickRole(Browser browser, int index) {
        browser.driver().findElement(By.cssSelector("label[for='invite:roles:" + index + "']")).click();
    }

    private static WebElement rowOf(Browser browser, String email) {
        return browser.await().until(driver -> rowsOf(browser, email).stream().findFirst().orElse(null));
    }

    private static List<WebElement> rowsOf(Browser browser, String email) {
        return browser.driver().findElements(By.xpath("//span[@data-email='" + email + "']/ancestor::tr"));
    }

    private static WebElement statusOf(Browser browser, String email) {
        return rowOf(browser, email).findElement(By.cssSelector("[data-status]"));
    }

    private static JsonObject me(Browser browser) {
        browser.get("api/v1/me");
        String body = browser.driver().findElement(By.tagName("body")).getText();
        return Json.createReader(new StringReader(body)).readObject();
    }
}
