package com.incidentreports.identity;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Single sign-on through the company's identity provider: the build's second Liberty (incident-ear
 * src/test/liberty/idp), with its real sign-in page and redirects.
 */
@BrowserTest
class SsoSignInBrowserIT {

    @Test
    void aPersonSignsInAtTheProviderAndComesBackWithTheRolesOfTheirGroups(Browser browser) {
        browser.get("services");
        browser.click("sso");
        browser.waitForUrlContaining("/oidc/");
        browser.signInAtProvider("alice", "alice-password");
        browser.waitForUrlEndingWith("/services");
        assertEquals("alice", browser.find("signedInUser").getText());
        assertEquals(1, browser.driver().findElements(By.id("nav-write")).size(), "authors may write");

        JsonObject me = me(browser);
        assertEquals("alice", me.getString("username"));
        assertEquals("alice", me.getString("displayName"), "the provider's name claim");
        assertEquals(Json.createArrayBuilder().add("STAFF").add("AUTHOR").build(), me.getJsonArray("roles"),
                "incident-authors at the provider gives AUTHOR");
    }

    @Test
    void someoneInNoMappedGroupIsStaffOnly(Browser browser) {
        browser.get("");
        browser.click("sso");
        browser.waitForUrlContaining("/oidc/");
        browser.signInAtProvider("bob", "bob-password");
        browser.waitForUrlEndingWith("/");
        assertTrue(browser.driver().findElements(By.id("nav-write")).isEmpty(), "staff do not write");

        assertEquals(Json.createArrayBuilder().add("STAFF").build(), me(browser).getJsonArray("roles"));
    }

    private static JsonObject me(Browser browser) {
        browser.get("api/v1/me");
        String body = browser.driver().findElement(By.tagName("body")).getText();
        return Json.createReader(new StringReader(body)).readObject();
    }
}
