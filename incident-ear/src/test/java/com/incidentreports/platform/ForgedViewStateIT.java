package com.incidentreports.platform;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.SignedInSession;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's form sent with a view state the server never gave this session (made up, guessed, another person's):
 * nothing of it runs, and the answer is a fresh copy of the page with the text sent back in its fields (400 for a
 * plain post; for an ajax post, a redirect to the page, which then shows the text) — never a 500, and never a
 * stack trace in the log, which anyone could otherwise fill.
 */
@ApplicationTest
class ForgedViewStateIT {

    private static final String EXPIRED_MESSAGE = "This page had expired, so nothing was saved";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String PAGE_NONCE = "primefaces.nonce";
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private long reportId;
    private String page;
    private SignedInSession staff;

    @BeforeEach
    void aReportPageOpen() {
        reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        page = "/reports/" + reportId;
        staff = SignedInSession.signIn(STAFF);
    }

    @Test
    void aMadeUpViewStateGetsThePageBackWithTheTextAndNothingIsPosted() {
        long logStart = logSize();
        for (String forged : List.of("forged", "-7231896218113422349:-1148211316520624467", "stateless", "",
                "%%%==", Base64.getEncoder().encodeToString(TestData.unique("made up").getBytes(StandardCharsets.UTF_8)))) {
            postsNothingAndGivesTheTextBack(forged);
        }
        assertNothingButOneLineLogged(logStart);
    }

    private void postsNothingAndGivesTheTextBack(String forged) {
        String text = TestData.unique("Sent with a made-up view state");

        Reply plain = staff.postForm(page, composerPost(text, forged, false));
        assertEquals(400, plain.status(), forged + ": " + plain.describe());
        assertTrue(plain.body().contains(">" + text + "</textarea>"), "the text is back in the composer: "
                + plain.describe());
        assertTrue(plain.body().contains(EXPIRED_MESSAGE), plain.describe());

        Reply ajax = staff.postForm(page, composerPost(text, forged, true), "Faces-Request", "partial/ajax");
        assertEquals(200, ajax.status(), ajax.describe());
        assertTrue(ajax.body().contains("<redirect url=\"" + page + "\""), "back to the same page: " + ajax.describe());
        Reply fresh = staff.get(page);
        assertEquals(200, fresh.status(), fresh.describe());
        assertTrue(fresh.body().contains(">" + text + "</textarea>"), "the text is back in the composer: "
                + fresh.describe());
        assertTrue(fresh.body().contains(EXPIRED_MESSAGE), fresh.describe());

        assertEquals(0, commentsSaying(text), "nothing was posted with " + forged);
    }

    @Test
    void aPostWithoutThePagesNonceIsRefusedAs400() {
        String text = TestData.unique("Sent by a program");
        long logStart = logSize();
        for (String nonce : List.of("", "not-a-nonce")) {
            Map<String, String> fields = composerPost(text, "forged", false);
            fields.put(PAGE_NONCE, nonce);
            Reply plain = staff.postForm(page, fields);
            assertEquals(400, plain.status(), "nonce '" + nonce + "': " + plain.describe());
        }
        assertEquals(0, commentsSaying(text), "nothing was posted");
        assertNothingButOneLineLogged(logStart);
    }

    @Test
    void anotherPersonsViewStateIsNoUseEither() {
        String theirs = SignedInSession.signIn(QA_LEAD).get(page).hiddenFields().get(VIEW_STATE);
        String text = TestData.unique("Sent with a colleague's view state");
        long logStart = logSize();

        Reply plain = staff.postForm(page, composerPost(text, theirs, false));
        assertEquals(400, plain.status(), plain.describe());
        assertTrue(plain.body().contains(">" + text + "</textarea>"), plain.describe());

        Reply ajax = staff.postForm(page, composerPost(text, theirs, true), "Faces-Request", "partial/ajax");
        assertTrue(ajax.body().contains("<redirect url=\"" + page + "\""), ajax.describe());
        assertEquals(0, commentsSaying(text), "nothing was posted");
        assertNothingButOneLineLogged(logStart);
    }

    @Test
    void aRandomViewStateOnTheReportFormGetsTheFormBack() {
        SignedInSession author = SignedInSession.signIn(AUTHOR);
        Map<String, String> fields = formOf(author.get("/write"));
        byte[] random = new byte[48];
        new Random(7).nextBytes(random);
        fields.put(VIEW_STATE, Base64.getEncoder().encodeToString(random));
        fields.put("edit", "edit");
        String title = TestData.unique("A title typed before the state went");
        fields.put("edit:title", title);
        fields.put("edit:incident", "Typed <b>with</b> markup & an ampersand.");
        fields.put("edit:saveDraft", "");

        Reply plain = author.postForm("/write", fields);
        assertEquals(400, plain.status(), plain.describe());
        assertTrue(plain.body().contains("value=\"" + title + "\""), "the title is back: " + plain.describe());
        assertTrue(plain.body().contains("Typed &lt;b&gt;with&lt;/b&gt; markup &amp; an ampersand.</textarea>"),
                "the incident is back, escaped: " + plain.describe());
    }

    /** The composer's form as the report page sends it, its text and view state given. */
    private Map<String, String> composerPost(String text, String viewState, boolean ajax) {
        Map<String, String> fields = formOf(staff.get(page));
        fields.put(VIEW_STATE, viewState);
        fields.put("discussion", "discussion");
        fields.put("discussion:body", text);
        fields.put("discussion:post", "discussion:post");
        if (ajax) {
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", "discussion:post");
            fields.put("jakarta.faces.partial.execute", "discussion:post discussion:body discussion:composerKey");
            fields.put("jakarta.faces.partial.render", "discussion growl");
        }
        return fields;
    }

    /**
     * The hidden fields a browser sends with a page's form: those in its markup, and the nonce PrimeFaces' script
     * adds to every form, the one the page's scripts carry.
     */
    private static Map<String, String> formOf(Reply page) {
        Map<String, String> fields = new LinkedHashMap<>(page.hiddenFields());
        Matcher nonce = NONCE.matcher(page.body());
        assertTrue(nonce.find(), "the page has a nonce: " + page.describe());
        fields.put(PAGE_NONCE, nonce.group(1));
        return fields;
    }

    private long commentsSaying(String text) {
        JsonObject discussion = assertStatus(200, Server.as(STAFF).get("/api/v1/reports/" + reportId
                + "/comments?size=100"));
        return discussion.getJsonArray("threads").stream()
                .map(thread -> thread.asJsonObject().getJsonObject("comment"))
                .filter(comment -> comment.getString("body", "").equals(text))
                .count();
    }

    private static Path log() {
        return Path.of(System.getProperty("liberty.home"), "usr", "servers", System.getProperty("liberty.server"),
                "logs", "messages.log");
    }

    private static long logSize() {
        try {
            return Files.size(log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server logged since {@code start}: no error, no stack trace, at most one line of warning. */
    private static void assertNothingButOneLineLogged(long start) {
        byte[] all;
        try {
            all = Files.readAllBytes(log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new String(all, (int) start, all.length - (int) start, StandardCharsets.UTF_8).lines()
                .toList();
        assertTrue(lines.stream().noneMatch(line -> line.contains(" E ") || line.startsWith("\tat ")
                || line.contains("ViewExpiredException:")), "no error or stack trace logged: " + lines);
        assertTrue(lines.stream().filter(line -> line.contains("ExpiredPages")).count() <= 1,
                "at most one line a minute: " + lines);
    }
}
