package com.incidentreports.platform;

import com.incidentreports.testsupport.Browser;
import com.incidentreports.testsupport.BrowserTest;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.SignedIn;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What people write cannot run in someone else's browser. The corpus {@code xss/payloads.txt} (one attack a line:
 * script elements, event handlers, {@code javascript:} and {@code data:} addresses in links and images, SVG, style,
 * entities, autolinks, abused mentions, Unicode look-alikes) goes through the API into every text field a person
 * fills: a report's title, its four parts and its impact text, comments, follow-up actions, service names and
 * descriptions, invitations, a profile's email address and token names. Then another person opens every page that
 * shows them in Chromium, and each page must show no dialog, have no marker a payload sets ({@code window.__xss},
 * the title "XSS"), hold no event handler attribute or script address, and have nothing blocked by the
 * Content-Security-Policy (which would mean markup got through the sanitising and only the policy stopped it).
 */
@BrowserTest
class CrossSiteScriptingBrowserIT {

    /** The intranet image host the test server is configured with (incidents.markdown.image-hosts). */
    private static final String INTRANET_IMAGE = "https://images.intranet.test/graphs/latency.png";

    /**
     * Looks for what should never be in a page: an attribute that runs script, an address that is script, an element
     * that embeds another document, script text a payload carries; and the marks a payload that ran leaves.
     */
    private static final String INSPECTION = """
            var found = [];
            var addresses = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster',
                'srcset', 'srcdoc', 'to', 'values', 'from'];
            document.querySelectorAll('*').forEach(function (element) {
              for (var i = 0; i < element.attributes.length; i++) {
                var name = element.attributes[i].name.toLowerCase();
                var value = element.attributes[i].value;
                if (name.indexOf('on') === 0) {
                  found.push(element.tagName + ' ' + name + '="' + value + '"');
                } else if (addresses.indexOf(name) >= 0) {
                  var read = value.replace(/[\\u0000-\\u0020\\u007f-\\u00a0\\u200b-\\u200f\\u2028-\\u202e\\ufeff]/g, '')
                      .toLowerCase();
                  if (/^(javascript:|vbscript:|data:text\\/html|data:text\\/javascript|data:image\\/svg)/.test(read)
                      || name === 'srcdoc') {
                    found.push(element.tagName + ' ' + name + '="' + value + '"');
                  }
                }
              }
              if (/^(IFRAME|FRAME|OBJECT|EMBED|APPLET|BASE)$/.test(element.tagName)
                  || element.tagName === 'META' && element.httpEquiv) {
                found.push(element.tagName);
              }
              if (element.tagName === 'SCRIPT') {
                // A payload inside a string literal the server quoted is data (a confirmation's message); outside
                // one it is code.
                var code = element.textContent.replace(/"(?:[^"\\\\\\n]|\\\\.)*"|'(?:[^'\\\\\\n]|\\\\.)*'/g, '""');
                if (/__xss|alert\\(/.test(code)) {
                  found.push('script: ' + code.substring(0, 200));
                }
              }
            });
            return {ran: window.__xss !== undefined || document.title === 'XSS',
                    title: document.title, found: found};
            """;

    private final List<String> payloads = corpus();

    private long reportId;
    private final List<Long> reportIds = new ArrayList<>();
    private String serviceSlug;
    private final List<String> tokenNames = new ArrayList<>();
    private String tokenIds;
    private final List<Long> invitations = new ArrayList<>();
    private JsonObject authorsSettings;

    @BeforeEach
    void everyPayloadInEveryField() {
        // Services: names of up to 120 characters, the corpus split over as many as it takes; descriptions too.
        List<String> serviceNames = packed(120 - 14, " ");
        List<String> descriptions = packed(500, "\n");
        JsonObject firstService = null;
        for (int i = 0; i < serviceNames.size(); i++) {
            JsonObject service = TestData.service().named(TestData.uniqueWord() + " " + serviceNames.get(i))
                    .describedAs(descriptions.get(i % descriptions.size())).createAs(AUTHOR);
            if (firstService == null) {
                firstService = service;
            }
        }
        long serviceId = firstService.getJsonNumber("id").longValue();
        serviceSlug = firstService.getString("slug");

        // Reports: a title of up to 200 characters each, the four parts and the impact text hold the whole corpus.
        String everything = String.join("\n\n", payloads);
        List<String> impact = packed(2_000, "\n");
        List<String> compensation = packed(500, "\n");
        List<String> titles = packed(200, " ");
        for (int i = titles.size() - 1; i >= 0; i--) {
            JsonObject report = TestData.report(serviceId).titled(titles.get(i))
                    .with("incident", everything).with("cause", everything)
                    .with("whoWasAffected", everything).with("prevention", everything)
                    .with("affectedUsers", impact.get(i % impact.size()))
                    .with("compensation", compensation.get(i % compensation.size()))
                    .published().create();
            reportId = report.getJsonNumber("id").longValue();
            reportIds.add(reportId);
        }

        // The discussion: every comment mentions the QA lead (their bell shows its excerpt), three payloads each.
        for (String comment : grouped(3)) {
            TestData.comment(reportId).saying("@qalead " + comment).postAs(AUTHOR);
        }
        TestData.comment(reportId).saying("![latency](" + INTRANET_IMAGE + ") "
                + "![tracker](https://images.intranet.test.evil.test/p.png)").postAs(AUTHOR);

        // Follow-up actions the admin gives the QA lead (their list and their bell), titles and descriptions.
        List<String> actionDescriptions = packed(20_000, "\n\n");
        for (String title : packed(200, " ")) {
            TestData.action(reportId).with("title", title).with("description", actionDescriptions.get(0))
                    .ownedBy(QA_LEAD).createAs(ADMIN);
        }

        // Invitations: the addresses an admin types, each of the corpus' characters but white space and "@".
        for (String local : packed(225, "", payload -> payload.replaceAll("[\\s@]", ""))) {
            JsonObject invitation = assertStatus(201, Server.as(ADMIN).post("api/v1/admin/invitations",
                    Json.createObjectBuilder().add("email", TestData.uniqueWord() + local + "@xss.test")
                            .add("roles", Json.createArrayBuilder().add("AUTHOR")).build()));
            invitations.add(invitation.getJsonNumber("id").longValue());
        }

        // The author's profile: an email address an attack fits in, and API token names.
        authorsSettings = assertStatus(200, Server.as(AUTHOR).get("api/v1/notifications/settings"));
        assertStatus(200, Server.as(AUTHOR).put("api/v1/notifications/settings",
                Json.createObjectBuilder(authorsSettings).add("email", "'onfocus='window.__xss=1'autofocus='@xss.test")
                        .build()));
        List<String> ids = new ArrayList<>();
        for (String name : packed(100, " ").subList(0, 5)) {
            tokenNames.add(name);
            ids.add(String.valueOf(assertStatus(201, Server.as(AUTHOR).post("api/v1/me/tokens",
                    Json.createObjectBuilder().add("name", name).build()))
                    .getJsonObject("token").getJsonNumber("id").longValue()));
        }
        tokenIds = String.join(",", ids);
    }

    @AfterEach
    void theAuthorsProfileTheInvitationsAndTheQaLeadsBellAsTheyWere() {
        if (authorsSettings != null) {
            assertStatus(200, Server.as(AUTHOR).put("api/v1/notifications/settings", authorsSettings));
        }
        if (tokenIds != null) {
            for (String id : tokenIds.split(",")) {
                Server.as(AUTHOR).send("DELETE", "api/v1/me/tokens/" + id);
            }
        }
        for (long id : invitations) {
            Server.as(ADMIN).post("api/v1/admin/invitations/" + id + "/revoke", "");
        }
        // The mentions and actions of this test's reports read, so the QA lead's bell counts what it counted before.
        JsonArrayBuilder read = Json.createArrayBuilder();
        assertStatus(200, Server.as(QA_LEAD).get("api/v1/notifications")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(line -> line.get("reportId") instanceof JsonNumber id && reportIds.contains(id.longValue()))
                .forEach(line -> line.getJsonArray("ids").forEach(read::add));
        assertStatus(200, Server.as(QA_LEAD).post("api/v1/notifications/read",
                Json.createObjectBuilder().add("ids", read).build()));
    }

    @Test
    void noPayloadRunsOnAnyPageThatShowsIt(@SignedIn(QA_LEAD) Browser reader, @SignedIn(ADMIN) Browser admin,
                                          @SignedIn(AUTHOR) Browser author) {
        // The reader is the QA lead, whom the author mentions and gives actions to; admin pages the admin's.
        open(reader, "", "the home page");
        open(reader, "reports/" + reportId, "the report page");
        List<String> sources = reader.driver().findElements(By.cssSelector("article.comment .comment-body img"))
                .stream().map(image -> image.getDomAttribute("src")).filter(Objects::nonNull).toList();
        assertTrue(sources.contains(INTRANET_IMAGE), "the intranet host's image is shown: " + sources);
        assertTrue(sources.stream().allMatch(source -> source.startsWith("/") && !source.startsWith("//")
                || source.startsWith("https://images.intranet.test/")), "no image from anywhere else: " + sources);
        open(reader, "services", "the services");
        open(reader, "services/" + serviceSlug, "the service log");
        open(reader, "actions", "the actions board");
        open(reader, "actions/mine", "My actions");
        open(reader, "people/" + AUTHOR.username(), "the author's page");
        reader.click("bell-button");
        reader.waitForVisible("bell:bellPanel");
        assertNothingRan(reader, "the bell, open");

        open(admin, "admin/services", "the admin's services");
        open(admin, "admin/invitations", "the admin's invitations");
        open(admin, "admin/people", "the admin's people");

        // Only the author sees their own tokens; revoking one asks first, the token's name in the question.
        open(author, "profile", "the author's own profile");
        List<WebElement> revokes = author.driver().findElements(By.cssSelector("button[id$=':revoke']"));
        for (int row = 0; row < revokes.size(); row++) {
            author.driver().findElements(By.cssSelector("button[id$=':revoke']")).get(row).click();
            WebElement question = author.await().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")));
            assertNothingRan(author, "the question before revoking token " + row);
            String asked = question.getDomProperty("textContent");
            tokenNames.removeIf(asked::contains);
            author.driver().findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
            author.await().until(ExpectedConditions.invisibilityOf(question));
        }
        assertEquals(List.of(), tokenNames, "each token's name is asked about as written");
    }

    private void open(Browser browser, String path, String where) {
        try {
            browser.get(path);
        } catch (UnhandledAlertException dialog) {
            fail("A payload opened a dialog on " + where + ": " + dialog.getAlertText());
        }
        assertNothingRan(browser, where);
    }

    private static void assertNothingRan(Browser browser, String where) {
        Map<?, ?> inspected;
        try {
            // Handlers on load, error and focus have had their moment by the time the page's own scripts are done.
            browser.await().until(driver -> ((JavascriptExecutor) driver)
                    .executeScript("return document.readyState === 'complete';"));
            inspected = (Map<?, ?>) ((JavascriptExecutor) browser.driver()).executeScript(INSPECTION);
        } catch (UnhandledAlertException dialog) {
            fail("A payload opened a dialog on " + where + ": " + dialog.getAlertText());
            return;
        }
        assertFalse((Boolean) inspected.get("ran"), "a payload ran on " + where + " (title " + inspected.get("title")
                + ")");
        assertEquals(List.of(), inspected.get("found"), "what could run on " + where);
        browser.assertNoPolicyViolations(where);
    }

    /** The payloads, one a line. */
    private static List<String> corpus() {
        try (InputStream in = CrossSiteScriptingBrowserIT.class.getResourceAsStream("/xss/payloads.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).toList();
            assertTrue(lines.size() >= 100, "the corpus has " + lines.size() + " payloads");
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus in pieces of at most {@code max} characters, payloads joined by {@code separator}. */
    private List<String> packed(int max, String separator) {
        return packed(max, separator, UnaryOperator.identity());
    }

    private List<String> packed(int max, String separator, UnaryOperator<String> adapted) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String payload : payloads) {
            String adaptedPayload = adapted.apply(payload);
            String fitting = adaptedPayload.length() > max ? adaptedPayload.substring(0, max) : adaptedPayload;
            if (piece.length() > 0 && piece.length() + separator.length() + fitting.length() > max) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(piece.length() > 0 ? separator : "").append(fitting);
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** The corpus in comments of {@code size} payloads each, as paragraphs of their own. */
    private List<String> grouped(int size) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i += size) {
            groups.add(String.join("\n\n", payloads.subList(i, Math.min(payloads.size(), i + size))));
        }
        return groups;
    }
}
