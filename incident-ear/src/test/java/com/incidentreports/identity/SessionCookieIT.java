package com.incidentreports.identity;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.SelfSignedHttps;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session cookie's attributes over http and over https: always HttpOnly and SameSite=Lax; Secure only where the
 * application's address (incidents.base-url) is https or the operator says so (incidents.secure-cookies), so never
 * on the http demo.
 * Liberty's own sign-in cookie, which HTTP Basic on its endpoints gets, is always Secure.
 */
@ApplicationTest
class SessionCookieIT {

    /** Liberty's own sign-in cookie (server.xml, webAppSecurity ssoCookieName). */
    private static final String SIGN_IN_COOKIE = "INCIDENTS_SSO";

    @Test
    void overHttpTheSessionCookieIsHttpOnlyAndLaxAndNotSecure() throws Exception {
        List<String> attributes = sessionCookie("http://localhost:" + System.getProperty("test.http.port"));
        assertTrue(attributes.contains("httponly"), attributes::toString);
        assertTrue(attributes.contains("samesite=lax"), attributes::toString);
        assertFalse(attributes.contains("secure"), "a Secure cookie would never come back over http: " + attributes);
    }

    @Test
    void overHttpsTheSessionCookieIsNotSecureWhileTheApplicationsAddressIsHttp() throws Exception {
        // The test server's incidents.base-url is its http address: Secure follows that address, not the request's
        // scheme (behind a TLS proxy every request arrives over http). An https address: PackagedSecureCookieIT.
        List<String> attributes = sessionCookie(SelfSignedHttps.baseUri());
        assertFalse(attributes.contains("secure"), "the application's address is http: " + attributes);
        assertTrue(attributes.contains("httponly"), attributes::toString);
        assertTrue(attributes.contains("samesite=lax"), attributes::toString);
    }

    @Test
    void httpBasicOnLibertysOwnEndpointSetsNoSignInCookieThatTravelsOverHttp() throws Exception {
        for (String base : List.of(SelfSignedHttps.baseUri(),
                "http://localhost:" + System.getProperty("test.http.port"))) {
            HttpResponse<String> response = SelfSignedHttps.client().send(HttpRequest.newBuilder(
                            URI.create(base + "/openapi")).timeout(Duration.ofSeconds(30))
                    .header("Authorization", DemoUser.ADMIN.basicAuthorization()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), base);
            List<List<String>> cookies = response.headers().allValues("Set-Cookie").stream()
                    .filter(value -> value.startsWith(SIGN_IN_COOKIE + "="))
                    .map(value -> List.of(value.toLowerCase(Locale.ROOT).replace(" ", "").split(";")))
                    .toList();
            cookies.forEach(attributes -> assertTrue(attributes.contains("secure"), base + ": " + attributes));
            if (base.startsWith("https:")) {
                assertFalse(cookies.isEmpty(), "over https Liberty signs the caller in with its cookie");
            }
        }
    }

    /** The attributes of the session cookie the sign-in page sets, lower case: "httponly", "samesite=lax", ... */
    private static List<String> sessionCookie(String base) throws Exception {
        HttpResponse<String> response = null;
        // A configuration change can restart the application for a moment: ask until the page answers.
        for (int attempt = 0; attempt < 60 && (response == null || response.statusCode() != 200); attempt++) {
            if (attempt > 0) {
                Thread.sleep(1000);
            }
            try {
                response = SelfSignedHttps.client().send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                response = null;
            }
        }
        assertEquals(200, response == null ? -1 : response.statusCode(), "the sign-in page did not answer");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("INCIDENTS_SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie over " + base));
        return List.of(cookie.toLowerCase(Locale.ROOT).replace(" ", "").split(";"));
    }
}
