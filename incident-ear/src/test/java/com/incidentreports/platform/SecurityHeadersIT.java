package com.incidentreports.platform;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.SelfSignedHttps;
import com.incidentreports.testsupport.Server;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the browser is told to defend the application with, on a signed-in page, an API answer and the sign-in
 * page: one Content-Security-Policy whose scripts are the application's own files and the inline scripts carrying
 * the page's nonce, no framing, no plugins; no MIME sniffing, the referrer kept to this server, devices denied, and
 * nothing kept in a cache. Over https, also stay on https. Liberty's own endpoints (/openapi, /health), the sign-in
 * mechanism's refusals and the single sign-on module carry the same defences (server.xml).
 */
@ApplicationTest
class SecurityHeadersIT {

    private static final String CSP = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SCRIPT_WITHOUT_NONCE = Pattern.compile("<script(?![^>]*\\b(?:nonce|src)=)[^>]*>");
    private static final Pattern EVENT_HANDLER_ATTRIBUTE = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void aSignedInPageHasOnePolicyWhoseNonceItsScriptsCarryAndIsNotKept() {
        Reply page = Server.as(STAFF).page("/");
        assertEquals(200, page.status());
        assertEquals(1, page.headers().allValues(CSP).size(), "one policy, not PrimeFaces' beside the application's");
        String nonce = assertPolicy(page.header(CSP), true);
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "PrimeFaces' scripts carry the page's nonce");
        assertFalse(SCRIPT_WITHOUT_NONCE.matcher(page.body()).find(), "every inline script carries the nonce");
        assertFalse(EVENT_HANDLER_ATTRIBUTE.matcher(page.body()).find(), "no on* attribute, which the policy blocks");
        assertDefences(page);
        assertNotCached(page);
        assertNull(page.header("Strict-Transport-Security"), "over http a browser would ignore it");

        String another = assertPolicy(Server.as(STAFF).page("/").header(CSP), true);
        assertNotEquals(nonce, another, "a new nonce for every page");
    }

    @Test
    void anApiAnswerIsNotKeptAndCarriesThePolicyToo() {
        Reply me = Server.as(STAFF).get("/api/v1/me");
        assertEquals(200, me.status());
        assertPolicy(me.header(CSP), false);
        assertDefences(me);
        assertNotCached(me);
    }

    @Test
    void theSignInPageHasThePolicyAndIsNotKept() {
        Reply login = Server.anonymous().get("/login");
        assertEquals(200, login.status());
        String nonce = assertPolicy(login.header(CSP), true);
        assertTrue(login.body().contains("nonce=\"" + nonce + "\""));
        assertFalse(SCRIPT_WITHOUT_NONCE.matcher(login.body()).find(), "every inline script carries the nonce");
        assertDefences(login);
        assertNotCached(login);
    }

    @Test
    void filesAreNotSniffedButMayBeCached() {
        Reply script = Server.anonymous().get("/resources/app/app.js");
        assertEquals(200, script.status());
        assertDefences(script);
        assertFalse(String.valueOf(script.header("Cache-Control")).contains("no-store"),
                "style sheets and scripts are worth caching");
    }

    @Test
    void overHttpsTheBrowserStaysOnHttpsAndMayReportThroughTheReportingApi() throws Exception {
        HttpResponse<String> login = SelfSignedHttps.client().send(HttpRequest.newBuilder(
                        URI.create(SelfSignedHttps.baseUri() + "/login")).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertEquals("max-age=31536000", login.headers().firstValue("Strict-Transport-Security").orElse(null));
        assertEquals("csp-reports=\"/api/v1/csp-reports\"", login.headers().firstValue("Reporting-Endpoints").orElse(null));
        assertEquals("csp-reports", directives(login.headers().firstValue(CSP).orElseThrow()).get("report-to"));
    }

    @Test
    void libertysOwnEndpointsTheSignInRefusalAndTheSsoModuleCarryTheDefencesToo() {
        Reply api = Server.as(STAFF).get("/api/v1/me");
        List<Reply> answers = List.of(
                Server.anonymous().get("/openapi"),
                Server.anonymous().get("/health"),
                Server.anonymous().get("/health/ready"),
                Server.anonymous().get("/api/v1/me"),
                Server.anonymous().get("/sso/signin"));
        assertEquals(401, answers.get(3).status(), answers.get(3)::describe);
        Map<String, String> apiPolicy = directives(api.header(CSP));
        for (Reply answer : answers) {
            assertEquals(1, answer.headers().allValues(CSP).size(), answer::describe);
            Map<String, String> policy = directives(answer.header(CSP));
            // server.xml's copy of the policy names no intranet image host: nothing Liberty answers shows images.
            assertEquals("'self' data:", policy.remove("img-src"), answer.request());
            Map<String, String> apiPolicyBesidesImages = new HashMap<>(apiPolicy);
            apiPolicyBesidesImages.remove("img-src");
            assertEquals(apiPolicyBesidesImages, policy, "the API's own policy: " + answer.request());
            assertDefences(answer);
            assertEquals(api.header("Permissions-Policy"), answer.header("Permissions-Policy"), answer.request());
        }
    }

    @Test
    void overHttpsLibertysOwnEndpointsAndTheSignInRefusalTellTheBrowserToStayOnHttps() throws Exception {
        for (String path : List.of("/openapi", "/health", "/api/v1/me")) {
            HttpResponse<String> answer = SelfSignedHttps.client().send(HttpRequest.newBuilder(
                            URI.create(SelfSignedHttps.baseUri() + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("max-age=31536000", answer.headers().firstValue("Strict-Transport-Security").orElse(null),
                    path);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    /** Checks the policy's directives; returns its nonce, which a page has and other answers have not. */
    private static String assertPolicy(String policy, boolean page) {
        assertTrue(policy != null && !policy.isBlank(), "no " + CSP);
        Map<String, String> directives = directives(policy);
        String scripts = directives.get("script-src");
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), scripts);
        assertFalse(directives.get("default-src").contains("unsafe"), policy);
        assertEquals("'none'", directives.get("frame-ancestors"));
        assertEquals("'none'", directives.get("object-src"));
        assertEquals("'self'", directives.get("base-uri"));
        assertEquals("'self'", directives.get("form-action"));
        assertEquals("'self'", directives.get("style-src-elem"), "no style sheet but the application's own");
        assertEquals("/api/v1/csp-reports", directives.get("report-uri"));
        // The test server names one intranet image host (incidents.markdown.image-hosts): it and no other.
        assertEquals("'self' data: https://images.intranet.test http://images.intranet.test",
                directives.get("img-src"));
        Matcher nonce = NONCE.matcher(scripts);
        assertEquals(page, nonce.find(), scripts);
        return page ? nonce.group(1) : null;
    }

    private static void assertDefences(Reply reply) {
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("same-origin", reply.header("Referrer-Policy"));
        List<String> denied = Arrays.asList(reply.header("Permissions-Policy").split(",\\s*"));
        for (String feature : List.of("camera", "microphone", "geolocation", "payment", "usb")) {
            assertTrue(denied.contains(feature + "=()"), feature + " is not denied: " + denied);
        }
    }

    /** no-store; Liberty adds no-cache=set-cookie where the answer sets a cookie. */
    private static void assertNotCached(Reply reply) {
        List<String> cacheControl = Arrays.asList(reply.header("Cache-Control").split(",\\s*"));
        assertTrue(cacheControl.contains("no-store"), cacheControl::toString);
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(directive -> !directive.isEmpty())
                .collect(Collectors.toMap(directive -> directive.split(" ", 2)[0],
                        directive -> directive.contains(" ") ? directive.split(" ", 2)[1] : ""));
    }
}
