package com.incidentreports.webhook;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Mailbox;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;
import com.incidentreports.testsupport.WebhookReceiver;
import com.incidentreports.testsupport.WebhookReceiver.Request;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outgoing webhooks against a receiver in this test (the JDK's HTTP server on a free port of this machine, which the
 * test server's incidents.webhooks.allowed-hosts lets it reach): signed deliveries checked with an independent
 * HMAC, tries after a 500 and after no answer, restricted reports that send nothing, the delivery log, a redelivery,
 * the chat format, and an endpoint that turns itself off (after 3 failures in the test server) and tells the admins.
 */
@ApplicationTest
class WebhookIT {

    private static final String WEBHOOKS = "/api/v1/admin/webhooks";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<Long> webhooks = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        webhooks.forEach(id -> Server.as(ADMIN).send("DELETE", WEBHOOKS + "/" + id));
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void aPublishedReportIsSentSignedAndTriedAgainAfterAServerError() {
        WebhookReceiver receiver = receiver().answering(500);
        long serviceId = newService();
        JsonObject created = createWebhook(receiver, "STANDARD", serviceId, "report.published");
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), created::toString);
        long webhookId = created.getJsonObject("webhook").getJsonNumber("id").longValue();
        assertFalse(Server.as(ADMIN).get(WEBHOOKS + "/" + webhookId).body().contains(secret),
                "the secret is shown once");

        JsonObject report = TestData.report(serviceId).published().create();
        long reportId = report.getJsonNumber("id").longValue();

        List<Request> tries = receiver.await(2, any());
        assertEquals(tries.get(0).id(), tries.get(1).id(), "a try again keeps its webhook-id");
        for (Request request : tries) {
            assertTrue(WebhookReceiver.signedWith(secret, request), request::toString);
            assertFalse(WebhookReceiver.signedWith("whsec_" + "A".repeat(44), request), "another key fails");
        }
        JsonObject body = json(tries.get(1).body());
        assertEquals("report.published", body.getString("type"));
        assertNotNull(Instant.parse(body.getString("timestamp")));
        JsonObject sent = body.getJsonObject("data").getJsonObject("report");
        assertEquals(reportId, sent.getJsonNumber("id").longValue());
        assertEquals(report.getString("title"), sent.getString("title"));
        assertEquals(report.getString("severity"), sent.getString("severity"));
        assertEquals(report.getJsonObject("service").getString("slug"),
                sent.getJsonObject("service").getString("slug"));
        assertTrue(sent.getString("link").endsWith("/reports/" + reportId), sent::toString);
        assertFalse(tries.get(1).body().contains("Checkout answered 500"), "the report's text stays in the application");

        JsonObject delivery = awaitDelivery(webhookId, d -> "DELIVERED".equals(d.getString("status")));
        assertEquals("report.published", delivery.getString("eventType"));
        assertEquals(2, delivery.getInt("attempts"));
        JsonArray logged = delivery.getJsonArray("tries");
        assertEquals(200, logged.getJsonObject(0).getInt("status"), "newest first");
        assertEquals(500, logged.getJsonObject(1).getInt("status"));
        assertEquals("answered 500", logged.getJsonObject(1).getString("response"));
        assertEquals(0, Server.as(ADMIN).get(WEBHOOKS + "/" + webhookId).json().getInt("consecutiveFailures"));
    }

    @Test
    void aReceiverThatDoesNotAnswerIsLeftAfterTheReadTimeoutAndTriedAgain() {
        WebhookReceiver receiver = receiver().answering(WebhookReceiver.NEVER);
        long serviceId = newService();
        long webhookId = createWebhook(receiver, "STANDARD", serviceId, "report.published")
                .getJsonObject("webhook").getJsonNumber("id").longValue();

        TestData.report(serviceId).published().create();

        receiver.await(2, any());
        JsonObject delivery = awaitDelivery(webhookId, d -> "DELIVERED".equals(d.getString("status")));
        JsonObject timedOut = delivery.getJsonArray("tries").getJsonObject(1);
        assertFalse(timedOut.containsKey("status") && !timedOut.isNull("status"), timedOut::toString);
        assertTrue(timedOut.getString("error").startsWith("No answer within 2 s"), timedOut::toString);
        assertTrue(timedOut.getJsonNumber("durationMillis").longValue() >= 1_900, timedOut::toString);
    }

    @Test
    void aRestrictedReportSendsNothingNotEvenItsCommentsAndActions() {
        assertStatus(200, Server.as(QA_LEAD).get("/api/v1/me"));
        WebhookReceiver receiver = receiver();
        long serviceId = newService();
        createWebhook(receiver, "STANDARD", serviceId, "report.published", "report.updated", "comment.posted",
                "action.assigned", "action.status_changed", "action.overdue");
        long restricted = TestData.report(serviceId).restrictedTo(QA_LEAD).published().create()
                .getJsonNumber("id").longValue();
        TestData.comment(restricted).postAs(QA_LEAD);
        TestData.action(restricted).ownedBy(QA_LEAD).createAs(QA_LEAD);

        // A report that is not restricted, written last: once it has arrived, anything before it would have too.
        long open = TestData.report(serviceId).published().create().getJsonNumber("id").longValue();
        receiver.await(1, about(open));

        assertTrue(receiver.requests().stream().noneMatch(about(restricted)), () -> receiver.requests().toString());
    }

    @Test
    void aCommentTellsItsReportAndLinksToItself() {
        WebhookReceiver receiver = receiver();
        long serviceId = newService();
        String secret = createWebhook(receiver, "STANDARD", serviceId, "comment.posted").getString("secret");
        long reportId = TestData.report(serviceId).published().create().getJsonNumber("id").longValue();

        long commentId = TestData.comment(reportId).postAs(QA_LEAD).getJsonNumber("id").longValue();

        Request request = receiver.await(1, any()).get(0);
        assertTrue(WebhookReceiver.signedWith(secret, request));
        JsonObject data = json(request.body()).getJsonObject("data");
        assertEquals("comment.posted", json(request.body()).getString("type"));
        assertEquals(reportId, data.getJsonObject("report").getJsonNumber("id").longValue());
        assertTrue(data.getJsonObject("comment").getString("link").endsWith("/reports/" + reportId + "#comment-"
                + commentId), data::toString);
        assertEquals(1, receiver.requests().size(), "only the events it asked for: no report.published");
    }

    @Test
    void aChatEndpointGetsATestAndADeliverySentAgainAsOneLineOfText() {
        WebhookReceiver receiver = receiver();
        JsonObject created = createWebhook(receiver, "CHAT", newService(), "report.published");
        long webhookId = created.getJsonObject("webhook").getJsonNumber("id").longValue();

        JsonObject ping = assertStatus(202, Server.as(ADMIN).post(WEBHOOKS + "/" + webhookId + "/ping", ""));
        assertEquals("webhook.ping", ping.getString("eventType"));
        Request first = receiver.await(1, any()).get(0);
        assertTrue(WebhookReceiver.signedWith(created.getString("secret"), first));
        String text = json(first.body()).getString("text");
        assertTrue(text.startsWith("Incident Reports test message for "), text);
        assertEquals(1, json(first.body()).size(), "only the text");
        awaitDelivery(webhookId, d -> "DELIVERED".equals(d.getString("status")));

        assertStatus(202, Server.as(ADMIN).post(WEBHOOKS + "/" + webhookId + "/deliveries/"
                + ping.getJsonNumber("id") + "/redeliver", ""));
        Request again = receiver.await(2, any()).get(1);
        assertEquals(first.id(), again.id(), "sent again under the same webhook-id");
        assertEquals(first.body(), again.body());
        JsonObject delivery = awaitDelivery(webhookId, d -> d.getInt("attempts") == 2
                && "DELIVERED".equals(d.getString("status")));
        assertEquals(2, delivery.getJsonArray("tries").size());
    }

    /** The WEBHOOK_DISABLED lines of {@code user}'s notifications, from the API the bell reads. */
    private static List<JsonObject> webhookNoticesOf(DemoUser user) {
        return assertStatus(200, Server.as(user).get("/api/v1/notifications")).getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(line -> "WEBHOOK_DISABLED".equals(line.getString("kind")))
                .toList();
    }

    @Test
    void anEndpointThatKeepsFailingTurnsItselfOffAndTheAdminsHearOfIt() throws Exception {
        String address = "admin." + TestData.uniqueWord() + "@example.test";
        assertStatus(200, Server.as(ADMIN).put("/api/v1/notifications/settings", Json.createObjectBuilder()
                .add("email", address).add("emailMentions", true).add("emailReplies", true)
                .add("emailComments", false).build()));
        WebhookReceiver receiver = receiver().alwaysAnswering(503);
        long serviceId = newService();
        JsonObject created = createWebhook(receiver, "STANDARD", serviceId, "report.published");
        long webhookId = created.getJsonObject("webhook").getJsonNumber("id").longValue();
        String name = created.getJsonObject("webhook").getString("name");

        List<Long> noticesBefore = webhookNoticesOf(ADMIN).stream()
                .map(notice -> notice.getJsonArray("ids").getJsonNumber(0).longValue()).toList();

        TestData.report(serviceId).published().create();

        receiver.await(3, any());
        JsonObject webhook = awaitWebhook(webhookId, w -> !w.getBoolean("enabled"));
        List<JsonObject> newNotices = webhookNoticesOf(ADMIN).stream()
                .filter(notice -> !noticesBefore.contains(notice.getJsonArray("ids").getJsonNumber(0).longValue()))
                .toList();
        assertEquals(1, newNotices.size(), "the admin's bell tells of it once: " + newNotices);
        JsonObject notice = newNotices.get(0);
        assertTrue(notice.getBoolean("unread"), notice::toString);
        assertEquals("/admin/webhooks", notice.getString("path"), notice::toString);
        assertTrue(!notice.containsKey("reportId") || notice.isNull("reportId"), notice::toString);
        assertTrue(notice.getJsonArray("actors").isEmpty(), notice::toString);
        assertEquals(3, webhook.getInt("consecutiveFailures"));
        assertNotNull(webhook.getString("disabledAt"));
        MimeMessage email = Mailbox.awaitEmail(SMTP, address, name);
        assertEquals("The webhook \"" + name + "\" was turned off", email.getSubject());
        assertTrue(GreenMailUtil.getBody(email).contains("/admin/webhooks"), GreenMailUtil.getBody(email));
        sleep(Duration.ofSeconds(3));
        assertEquals(3, receiver.requests().size(), "nothing more is sent to it");

        JsonObject on = Json.createObjectBuilder()
                .add("name", name).add("url", receiver.url()).add("enabled", true)
                .add("events", Json.createArrayBuilder().add("report.published"))
                .add("service", webhook.getJsonObject("service").getString("slug")).build();
        JsonObject turnedOn = assertStatus(200, Server.as(ADMIN).put(WEBHOOKS + "/" + webhookId, on,
                "If-Match", "\"" + webhook.getJsonNumber("version") + "\""));
        assertTrue(turnedOn.getBoolean("enabled"));
        assertEquals(0, turnedOn.getInt("consecutiveFailures"));
        assertFalse(turnedOn.containsKey("disabledAt") && !turnedOn.isNull("disabledAt"), turnedOn::toString);
    }

    @Test
    void wrongInputIsRefusedFieldByField() {
        JsonObject problem = assertProblem(400, Server.as(ADMIN).post(WEBHOOKS, Json.createObjectBuilder()
                .add("name", "Wrong").add("url", "ftp://127.0.0.1/hook")
                .add("events", Json.createArrayBuilder().add("report.deleted")).build()));
        List<String> fields = problem.getJsonArray("errors").stream()
                .map(error -> error.asJsonObject().getString("field")).toList();
        assertTrue(fields.contains("url") && fields.contains("events"), problem::toString);
        assertProblem(400, Server.as(ADMIN).post(WEBHOOKS, Json.createObjectBuilder()
                .add("name", "No events").add("url", "https://hooks.example.test/x")
                .add("events", Json.createArrayBuilder()).build()));
        assertProblem(404, Server.as(ADMIN).get(WEBHOOKS + "/999999999"));
        assertProblem(404, Server.as(ADMIN).post(WEBHOOKS + "/999999999/ping", ""));
    }

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    /** A service of its own, so that only this test's reports reach this test's webhook. */
    private static long newService() {
        return TestData.service().create().getJsonNumber("id").longValue();
    }

    private JsonObject createWebhook(WebhookReceiver receiver, String format, long serviceId, String... events) {
        String slug = Server.as(ADMIN).get("/api/v1/services").jsonArray().stream()
                .map(service -> service.asJsonObject())
                .filter(service -> service.getJsonNumber("id").longValue() == serviceId)
                .findFirst().orElseThrow().getString("slug");
        JsonArrayBuilder wanted = Json.createArrayBuilder();
        for (String event : events) {
            wanted.add(event);
        }
        Reply reply = Server.as(ADMIN).post(WEBHOOKS, Json.createObjectBuilder()
                .add("name", TestData.unique("Receiver"))
                .add("url", receiver.url())
                .add("events", wanted)
                .add("service", slug)
                .add("format", format)
                .build());
        JsonObject created = assertStatus(201, reply);
        webhooks.add(created.getJsonObject("webhook").getJsonNumber("id").longValue());
        return created;
    }

    private static JsonObject awaitDelivery(long webhookId, Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonArray deliveries = null;
        while (Instant.now().isBefore(deadline)) {
            Reply reply = Server.as(ADMIN).get(WEBHOOKS + "/" + webhookId + "/deliveries");
            assertEquals(200, reply.status(), reply::describe);
            deliveries = reply.jsonArray();
            for (var delivery : deliveries) {
                if (condition.test(delivery.asJsonObject())) {
                    return delivery.asJsonObject();
                }
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("No such delivery within 60 s: " + deliveries);
    }

    private static JsonObject awaitWebhook(long webhookId, Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject webhook = null;
        while (Instant.now().isBefore(deadline)) {
            webhook = assertStatus(200, Server.as(ADMIN).get(WEBHOOKS + "/" + webhookId));
            if (condition.test(webhook)) {
                return webhook;
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("The webhook did not come to be so within 60 s: " + webhook);
    }

    private static Predicate<Request> any() {
        return request -> true;
    }

    private static Predicate<Request> about(long reportId) {
        return request -> {
            JsonObject data = json(request.body()).getJsonObject("data");
            return data != null && data.getJsonObject("report").getJsonNumber("id").longValue() == reportId;
        };
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
