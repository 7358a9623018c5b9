package com.incidentreports.feed;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Atom feeds as a feed reader reads them: parsed by Rome, signed in with a feed token in the address or an API
 * token, asked again with what it was given (304), and showing a restricted report only to those it is open to.
 */
@ApplicationTest
class FeedIT {

    @Test
    void aServiceFeedListsItsPublishedReportsNewestFirstWithPartOneAndTheLink() throws Exception {
        JsonObject service = TestData.service().create();
        long serviceId = service.getJsonNumber("id").longValue();
        JsonObject older = TestData.report(serviceId).published().create();
        JsonObject newer = TestData.report(serviceId).with("incident", "The **checkout** failed.").published()
                .create();
        TestData.report(serviceId).titled("A draft " + TestData.uniqueWord()).create();
        String secret = resetFeedToken(STAFF.username());

        Reply reply = Server.anonymous().get("/feeds/services/" + service.getString("slug") + ".atom?feed_token="
                + secret);

        assertEquals(200, reply.status(), reply::describe);
        assertTrue(reply.contentType().startsWith("application/atom+xml"), reply::describe);
        Feed feed = atom(reply);
        assertEquals("Incident log: " + service.getString("name"), feed.getTitle());
        List<Entry> entries = feed.getEntries();
        assertEquals(List.of(newer.getString("title"), older.getString("title")),
                entries.stream().map(Entry::getTitle).toList());
        Entry first = entries.get(0);
        assertTrue(((Link) first.getAlternateLinks().get(0)).getHref()
                .endsWith("/reports/" + newer.getJsonNumber("id")), first::toString);
        assertEquals("<p>The <strong>checkout</strong> failed.</p>", first.getSummary().getValue().strip());
        assertEquals("html", first.getSummary().getType());
        assertNotNull(first.getPublished());
        assertFalse(reply.body().contains(secret), "the feed's own links carry no token");
    }

    @Test
    void aReaderAskingAgainIsToldNothingChangedUntilSomethingDid() {
        JsonObject service = TestData.service().create();
        long serviceId = service.getJsonNumber("id").longValue();
        TestData.report(serviceId).published().create();
        String path = "/feeds/services/" + service.getString("slug") + ".atom";
        Reply first = Server.as(STAFF).get(path);
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertNotNull(etag, first::describe);
        assertNotNull(lastModified, first::describe);

        Reply again = Server.as(STAFF).get(path, "If-None-Match", etag);
        assertEquals(304, again.status(), again::describe);
        assertEquals("", again.body());
        assertEquals(304, Server.as(STAFF).get(path, "If-Modified-Since", lastModified).status());

        TestData.report(serviceId).published().create();
        Reply changed = Server.as(STAFF).get(path, "If-None-Match", etag);
        assertEquals(200, changed.status(), changed::describe);
        assertEquals(2, atom(changed).getEntries().size());
    }

    @Test
    void aResetTokenNoLongerReadsFeedsAndNoFeedTokenReadsTheApi() {
        String old = resetFeedToken(STAFF.username());
        assertEquals(200, Server.anonymous().get("/feeds/reports.atom?feed_token=" + old).status());

        String current = resetFeedToken(STAFF.username());

        Reply refused = Server.anonymous().get("/feeds/reports.atom?feed_token=" + old);
        assertProblem(401, refused);
        assertEquals(200, Server.anonymous().get("/feeds/reports.atom?feed_token=" + current).status());
        assertEquals(401, Server.anonymous().get("/api/v1/reports?feed_token=" + current).status());
        assertEquals(401, Server.anonymous().get("/api/v1/me?feed_token=" + current).status());
        assertEquals(401, Server.bearer(current).get("/api/v1/reports").status());
        assertEquals(401, Server.bearer(current).get("/feeds/reports.atom").status());
        assertTrue(Server.anonymous().get("/?feed_token=" + current).status() / 100 == 3,
                "a page sends the reader to sign in");
        assertEquals(401, Server.anonymous().get("/feeds/reports.atom").status());
    }

    @Test
    void anApiTokenReadsTheFeedsToo() {
        JsonObject token = assertStatus(201, Server.as(STAFF).post("/api/v1/me/tokens",
                Json.createObjectBuilder().add("name", TestData.unique("Feed reader")).build()));

        Reply reply = Server.bearer(token.getString("secret")).get("/feeds/reports.atom");

        assertEquals(200, reply.status(), reply::describe);
        assertEquals("Incident reports", atom(reply).getTitle());
    }

    @Test
    void aRestrictedReportIsOnlyInTheFeedsOfThoseItIsOpenTo() {
        JsonObject service = TestData.service().create();
        JsonObject restricted = assertStatus(201, Server.as(AUTHOR).post("/api/v1/reports",
                TestData.report(service.getJsonNumber("id").longValue())
                        .restrictedTo(QA_LEAD)
                        .published().body()));
        String title = restricted.getString("title");
        String outsiderToken = resetFeedToken(STAFF.username());
        String namedToken = resetFeedToken(QA_LEAD.username());

        for (String path : List.of("/feeds/reports.atom", "/feeds/services/" + service.getString("slug") + ".atom")) {
            assertFalse(titles(Server.anonymous().get(path + "?feed_token=" + outsiderToken)).contains(title), path);
            assertTrue(titles(Server.anonymous().get(path + "?feed_token=" + namedToken)).contains(title), path);
        }
    }

    @Test
    void anUnknownServiceHasNoFeed() {
        assertProblem(404, Server.as(STAFF).get("/feeds/services/no-such-service.atom"));
        assertProblem(404, Server.as(STAFF).get("/feeds/nothing.atom"));
    }

    private static List<String> titles(Reply reply) {
        assertEquals(200, reply.status(), reply::describe);
        return atom(reply).getEntries().stream().map(Entry::getTitle).toList();
    }

    /** The feed token of {@code username} (password "demo"), reset: its new secret. */
    private static String resetFeedToken(String username) {
        return assertStatus(200, Server.as(username, "demo").post("/api/v1/me/feed-token", "")).getString("secret");
    }

    private static Feed atom(Reply reply) {
        try {
            return (Feed) new WireFeedInput().build(new StringReader(reply.body()));
        } catch (Exception e) {
            throw new AssertionError("Not an Atom feed: " + reply.body(), e);
        }
    }
}
