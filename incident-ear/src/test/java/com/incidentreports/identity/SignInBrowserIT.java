package com.incidentreports.identity;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in with the form: a link to a page leads through the sign-in page back to that page, someone signed
 * in who opens the sign-in page goes straight on, and an account locked after too many wrong passwords is told so.
 */
@BrowserTest
class SignInBrowserIT {

    @Test
    void aWrongPasswordIsSaidOnceAndTheLinkStillLeadsToItsPage(Browser browser) {
        browser.get("services");
        assertTrue(browser.currentUrl().contains("/login?next=%2Fservices"), browser.currentUrl());

        browser.type("login:username", STAFF.username());
        browser.type("login:password", "not the password");
        browser.click("login:submit");
        String message = browser.waitForMessage("login:messages");
        assertTrue(message.contains("Wrong username or password"), message);
        assertTrue(browser.driver().findElements(By.cssSelector(".ui-growl-item")).isEmpty(),
                "the mistake is said once, in the form, not again in a pop-up");
        assertEquals(STAFF.username(), browser.valueOf("login:username"), "the username typed stays");

        browser.type("login:password", STAFF.password());
        browser.click("login:submit");
        browser.waitForUrlEndingWith("/services");

        browser.get("login?next=%2Freports");
        browser.waitForUrlEndingWith("/reports");
        assertTrue(browser.driver().findElements(By.id("login:username")).isEmpty(),
                "someone signed in is not asked to sign in again");
    }

    @Test
    void anAccountLockedAfterTenWrongPasswordsIsSaidInPlainWords(Browser browser) throws Exception {
        String username = TestData.uniqueWord();
        ExecutorService guessing = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Reply>> guesses = IntStream.range(0, 10).<Callable<Reply>>mapToObj(attempt -> () ->
                    Server.as(username, "guess " + attempt).get("/api/v1/me")).toList();
            for (Future<Reply> refused : guessing.invokeAll(guesses)) {
                assertEquals(401, refused.get().status());
            }
        } finally {
            guessing.shutdownNow();
        }

        browser.get("login");
        browser.type("login:username", username);
        browser.type("login:password", "the right one, perhaps");
        browser.click("login:submit");
        String message = browser.waitForMessage("login:messages");
        assertTrue(message.contains("Too many wrong passwords") && message.contains("locked until"), message);
    }
}
