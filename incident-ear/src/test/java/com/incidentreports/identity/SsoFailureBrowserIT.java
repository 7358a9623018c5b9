package com.incidentreports.identity;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;
import com.incidentreports.testsupport.TestProvider;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.StringReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Single sign-on when things go wrong, against the test provider changed while it runs (TestProvider): the provider
 * is down, a person's groups change at the provider, a person signs out.
 */
@BrowserTest
class SsoFailureBrowserIT {

    private static final String PERSON = "sso-person";

    @AfterEach
    void restoreTheProvider() {
        TestProvider.restore(PERSON);
        TestProvider.comeBack();
    }

    @Test
    void whenTheProviderIsDownThePersonIsToldAndTheLocalSignInStillWorks(Browser browser) {
        TestProvider.goDown();

        Reply start = Server.anonymous().get("/signin/sso/start?next=%2Fservices");
        assertEquals(302, start.status(), start::describe);
        assertTrue(start.header("Location").endsWith("/login?sso=unreachable&next=%2Fservices"), start::describe);

        browser.get("services");
        browser.click("sso");
        browser.waitForUrlContaining("sso=unreachable");
        String message = browser.find("ssoUnreachable").getText();
        assertTrue(message.contains("Company SSO cannot be reached right now"), message);
        assertTrue(message.contains("sign in with a local account below"), message);

        browser.signIn(ADMIN);
        browser.waitForUrlEndingWith("/services");
        assertTrue(browser.find("signedInUser").isDisplayed(), "signed in with the local form");
    }

    @Test
    void rolesFollowTheGroupsAtThePersonsNextSignInAndSignOutOffersTheProvidersSignOut(Browser first,
            Browser second) {
        String username = PERSON + "-" + TestData.uniqueWord();
        TestProvider.override(PERSON, "<basicRegistry id=\"company\" realm=\"company\">"
                + "<user name=\"" + username + "\" password=\"first-password\"/></basicRegistry>");

        signInAtProvider(first, username, "first-password");
        assertEquals(Json.createArrayBuilder().add("STAFF").build(), roles(first));
        assertTrue(first.driver().findElements(By.id("nav-actions")).isEmpty(), "no actions board for staff");

        TestProvider.override(PERSON, "<basicRegistry id=\"company\" realm=\"company\">"
                + "<user name=\"" + username + "\" password=\"first-password\"/>"
                + "<group name=\"incident-qa\"><member name=\"" + username + "\"/></group></basicRegistry>");

        first.get("");
        first.click("signOut:signOutLink");
        first.waitForUrlContaining("/login?signedOut=sso");
        assertTrue(first.find("signedOut").getText().contains("You have signed out of Incident Reports"));
        String providerSignOut = first.find("providerSignOut").getAttribute("href");
        assertEquals("https://localhost:" + System.getProperty("test.idp.https.port")
                + "/oidc/endpoint/company/end_session", providerSignOut);

        signInAtProvider(second, username, "first-password");
        assertEquals(Json.createArrayBuilder().add("STAFF").add("QA_LEAD").build(), roles(second),
                "incident-qa at the provider gives QA_LEAD from the next sign-in");
    }

    /**
     * The provider's answer for another application is refused: the sign-in is started here, then the request to
     * the provider is changed to name the other application (registered with the same return address), so that
     * what comes back — with the right state — is a code issued to the other application. The server's OpenID
     * Connect client redeems codes with its own client id, and the provider refuses to give it tokens for a code
     * of another client (CWOAU0020E; the client logs CWWKS1708E): nobody is signed in.
     */
    @Test
    void whatTheProviderGaveAnotherApplicationSignsNobodyIn(Browser browser) {
        browser.get("");
        browser.click("sso");
        browser.waitForUrlContaining("/oidc/login.jsp");
        // Where the provider will go on after its sign-in page: its authorization request, with our state and nonce.
        String saved = decoded(browser.driver().manage().getCookieNamed("WASReqURL").getValue());
        int query = saved.indexOf('?');
        StringBuilder forOtherApplication = new StringBuilder(saved.substring(0, query)).append('?');
        for (String parameter : saved.substring(query + 1).split("&")) {
            String name = decoded(parameter.substring(0, parameter.indexOf('=')));
            String value = "client_id".equals(name) ? "other-app" : decoded(parameter.substring(name.length() + 1));
            forOtherApplication.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                    .append('&');
        }
        assertTrue(saved.contains("client_id=incidents"), saved);

        browser.driver().get("https://localhost:" + System.getProperty("test.idp.https.port") + forOtherApplication);
        browser.signInAtProvider("alice", "alice-password");
        browser.await().until(driver -> driver.getCurrentUrl().contains("/oidcclient/redirect/sso")
                || !driver.getCurrentUrl().contains("/oidc/"));

        browser.get("services");
        browser.waitForUrlContaining("/login");
        assertTrue(browser.driver().findElements(By.id("signedInUser")).isEmpty(), "nobody is signed in");
    }

    /** Decoded as often as it was encoded (the provider keeps the request URL-encoded in its cookie). */
    private static String decoded(String text) {
        String decoded = text;
        for (String previous = null; !decoded.equals(previous); ) {
            previous = decoded;
            decoded = URLDecoder.decode(previous, StandardCharsets.UTF_8);
        }
        return decoded;
    }

    @Test
    void aLocalSignOutOffersNoProviderSignOut(Browser browser) {
        browser.get("");
        browser.signIn(ADMIN);
        browser.click("signOut:signOutLink");
        browser.waitForUrlContaining("/login?signedOut=local");
        assertTrue(browser.find("signedOut").getText().contains("You have signed out of Incident Reports"));
        assertTrue(browser.driver().findElements(By.id("providerSignOut")).isEmpty());
    }

    private static void signInAtProvider(Browser browser, String username, String password) {
        browser.get("");
        browser.click("sso");
        browser.waitForUrlContaining("/oidc/");
        browser.signInAtProvider(username, password);
        browser.waitForUrlEndingWith("/");
        assertEquals(username, browser.find("signedInUser").getText());
    }

    private static JsonArray roles(Browser browser) {
        browser.get("api/v1/me");
        String body = browser.driver().findElement(By.tagName("body")).getText();
        JsonArray roles = Json.createReader(new StringReader(body)).readObject().getJsonArray("roles");
        browser.get("");
        return roles;
    }
}
