package com.incidentreports.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault drill: the packaged server on a PostgreSQL of the test's own, people reading and commenting from a few
 * threads, and the database stopped for {@value #OUTAGE_SECONDS} seconds in the middle of it. While it is down the
 * API says 503 with a problem, pages say so in plain words with 503, and {@code /health/ready} is 503 — never "not
 * allowed" or a fault of the server; once it is back the next request succeeds within
 * {@value #RECOVERY_LIMIT_SECONDS} seconds without a restart, every comment that was acknowledged is there, and none
 * that was refused was saved.
 */
class DatabaseOutageIT {

    private static final int OUTAGE_SECONDS = 20;
    private static final int RECOVERY_LIMIT_SECONDS = 5;
    private static final String PASSWORD = "outage-drill-secret";
    private static final List<String> COMMENTERS = List.of("staff", "author", "qalead");
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static PrivatePostgres postgres;
    private static PackagedServer server;

    /** One request a person made: what they sent (a comment's unique text, if any) and what the server answered. */
    private record Answer(String who, String method, String path, String comment, int status, String contentType,
                          String body, Instant at) {
    }

    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drillRunning = new AtomicBoolean(true);

    @BeforeAll
    static void startTheServerOnItsOwnDatabase() throws Exception {
        postgres = PrivatePostgres.start();
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        server = PackagedServer.start(PackagedServer.newWorkDir("database-outage-"), Map.of(
                "DB_KIND", "postgresql",
                "DB_URL", postgres.jdbcUrl(),
                "DB_USER", PrivatePostgres.USER,
                "DB_PASSWORD", "unused-with-trust",
                "INCIDENTS_DEMO_DATA", "always",
                // Notification emails wait in the outbox: no SMTP server is part of this drill.
                "MAIL_HOST", "127.0.0.1",
                "MAIL_PORT", Integer.toString(closedPort),
                "LOCAL_PASSWORD", PASSWORD));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            if (postgres != null) {
                postgres.destroy();
            }
        }
    }

    @Test
    void anOutageOfTheDatabaseIsSaidAsSuchAndLosesNothingAcknowledged() throws Exception {
        long reportId = firstReportId();
        HttpClient browser = browser();
        PackagedServer.signInWithForm(browser, server.http, "admin", PASSWORD);
        assertEquals(200, PackagedServer.get(browser, server.http.resolve("reports/" + reportId)).statusCode());

        HttpClient writer = browser();
        PackagedServer.signInWithForm(writer, server.http, "author", PASSWORD);
        Composer composer = Composer.open(writer, server.http.resolve("reports/" + reportId));
        String typed = "Outage drill: typed into the report page's composer " + System.nanoTime();

        ExecutorService people = Executors.newFixedThreadPool(COMMENTERS.size() + 1);
        List<Future<?>> working = new ArrayList<>();
        for (String username : COMMENTERS) {
            working.add(people.submit(() -> readAndComment(username, reportId)));
        }
        working.add(people.submit(() -> readPages(browser, reportId)));
        Thread.sleep(4_000);

        postgres.stop();
        Instant down = Instant.now();
        // The pool's connections and the remembered access of each person (15 s) run out within the outage.
        Thread.sleep(3_000);
        Answer apiWhileDown = apiGet("staff", "api/v1/reports/" + reportId);
        Answer pageWhileDown = pageGet(browser, "reports/" + reportId);
        HttpResponse<String> composerWhileDown = composer.post(typed);
        Answer readyWhileDown = send("health", HttpClient.newHttpClient(),
                HttpRequest.newBuilder(server.http.resolve("health/ready")), null);
        Thread.sleep(Math.max(0, Duration.ofSeconds(OUTAGE_SECONDS).minus(Duration.between(down, Instant.now()))
                .toMillis()));
        Answer pageLateInOutage = pageGet(browser, "reports/" + reportId);

        postgres.startAgain();
        Instant back = Instant.now();
        Answer first = apiGet("author", "api/v1/reports/" + reportId);
        while (first.status() != 200 && Duration.between(back, Instant.now()).toSeconds() < 30) {
            Thread.sleep(200);
            first = apiGet("author", "api/v1/reports/" + reportId);
        }
        Answer firstSuccess = first;
        Duration recovery = Duration.between(back, firstSuccess.at());
        HttpResponse<String> composerAfter = composer.post(typed);
        Thread.sleep(3_000);
        drillRunning.set(false);
        people.shutdown();
        assertTrue(people.awaitTermination(90, TimeUnit.SECONDS), "the people's requests end");
        for (Future<?> person : working) {
            person.get();
        }

        assertEquals(503, apiWhileDown.status(), apiWhileDown::toString);
        assertTrue(apiWhileDown.contentType().startsWith("application/problem+json"), apiWhileDown::toString);
        assertTrue(apiWhileDown.body().contains("database cannot be reached"), apiWhileDown::toString);
        assertPlainPage(pageWhileDown);
        assertPlainPage(pageLateInOutage);
        assertEquals(503, readyWhileDown.status(), readyWhileDown::toString);
        assertEquals(503, composerWhileDown.statusCode(), "the page's own request says the database is away, so the "
                + "page shows its notice and keeps the text: " + composerWhileDown.body());
        assertEquals(200, composerAfter.statusCode(), composerAfter::body);
        assertFalse(composerAfter.body().contains("<error>"), composerAfter::body);

        assertEquals(200, firstSuccess.status(), () -> "after the database was back: " + firstSuccess
                + server.logTail());
        assertTrue(recovery.toSeconds() < RECOVERY_LIMIT_SECONDS, "the first request after the database was back "
                + "succeeded after " + recovery + "; " + firstSuccess);
        assertTrue(server.process.isAlive(), "the server ran on without a restart");

        List<Answer> all = new ArrayList<>(answers);
        System.out.println("Outage drill: " + all.size() + " requests, by status "
                + all.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()))
                + "; first success " + recovery + " after the database was back");
        List<Answer> wrong = all.stream().filter(answer -> answer.status() == 403 || answer.status() == 500
                || answer.status() == 401 || answer.status() < 0).toList();
        assertTrue(wrong.isEmpty(), "an outage is never a refusal or a fault: " + wrong);
        List<Answer> unavailable = all.stream().filter(answer -> answer.status() == 503).toList();
        assertFalse(unavailable.isEmpty(), "the people worked through the outage");
        List<Answer> apiUnavailable = unavailable.stream().filter(answer -> answer.path().startsWith("api/"))
                .filter(answer -> !answer.contentType().startsWith("application/problem+json")).toList();
        assertTrue(apiUnavailable.isEmpty(), "the API says 503 as a problem: " + apiUnavailable);
        unavailable.stream().filter(answer -> !answer.path().startsWith("api/") && !answer.path().startsWith("health/"))
                .forEach(this::assertPlainPage);

        List<Answer> comments = all.stream().filter(answer -> answer.comment() != null).toList();
        assertTrue(comments.stream().anyMatch(answer -> answer.status() == 201 && answer.at().isAfter(back)),
                "people comment again after the outage");
        try (Connection database = DriverManager.getConnection(postgres.jdbcUrl(), PrivatePostgres.USER, "");
             PreparedStatement count = database.prepareStatement(
                     "select count(*) from report_comment where body_md = ?")) {
            count.setString(1, typed);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the text typed during the outage and sent again is saved once");
            }
            for (Answer comment : comments) {
                count.setString(1, comment.comment());
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    int expected = comment.status() == 201 ? 1 : 0;
                    assertEquals(expected, rows.getInt(1), () -> "comment " + comment.comment() + " answered "
                            + comment.status() + (expected == 1 ? " is kept once" : " left nothing behind"));
                }
            }
        }
    }

    /**
     * The report page's comment composer as the browser posts it (a PrimeFaces ajax request): the form's hidden fields,
     * its one-time key and the page's nonce go back with the text, every time the same, as when the person presses
     * Post again.
     */
    private record Composer(HttpClient browser, URI action, Map<String, String> fields) {

        private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
        private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

        static Composer open(HttpClient browser, URI page) throws IOException, InterruptedException {
            HttpResponse<String> loaded = PackagedServer.get(browser, page);
            assertEquals(200, loaded.statusCode(), loaded::body);
            Matcher form = Pattern.compile("<form id=\"discussion\"[^>]*action=\"([^\"]+)\"(.*?)</form>",
                    Pattern.DOTALL).matcher(loaded.body());
            assertTrue(form.find(), "the report page has its discussion form: " + loaded.body());
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                if ("hidden".equals(attribute(input.group(), "type")) && attribute(input.group(), "name") != null) {
                    fields.put(attribute(input.group(), "name"), attribute(input.group(), "value"));
                }
            }
            assertTrue(fields.containsKey("discussion:composerKey"), "the composer has its key: " + fields);
            Matcher nonce = NONCE.matcher(loaded.headers().firstValue("Content-Security-Policy").orElse(""));
            assertTrue(nonce.find(), "the page has a nonce");
            fields.put("primefaces.nonce", nonce.group(1));
            fields.put("discussion", "discussion");
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", "discussion:post");
            fields.put("jakarta.faces.partial.execute", "discussion:post discussion:body discussion:composerKey");
            fields.put("jakarta.faces.partial.render", "discussion");
            fields.put("discussion:post", "discussion:post");
            String action = form.group(1).replace("&amp;", "&");
            return new Composer(browser, page.resolve(action), fields);
        }

        HttpResponse<String> post(String text) throws IOException, InterruptedException {
            Map<String, String> sent = new LinkedHashMap<>(fields);
            sent.put("discussion:body", text);
            String body = sent.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue() == null ? "" : field.getValue(),
                            StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return browser.send(HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String attribute(String tag, String name) {
            Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
            return value.find() ? value.group(1).replace("&amp;", "&") : null;
        }
    }

    private void readAndComment(String username, long reportId) {
        int sent = 0;
        while (drillRunning.get()) {
            apiGet(username, "api/v1/reports/" + reportId);
            String text = "Outage drill: " + username + " comment " + (++sent) + " " + System.nanoTime();
            send(username, apiClient(), HttpRequest.newBuilder(server.http.resolve("api/v1/reports/" + reportId
                            + "/comments"))
                    .header("Authorization", basic(username))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"" + text + "\"}")), text);
            pause(150);
        }
    }

    private void readPages(HttpClient browser, long reportId) {
        while (drillRunning.get()) {
            pageGet(browser, "reports/" + reportId);
            pageGet(browser, "");
            pause(300);
        }
    }

    private Answer apiGet(String username, String path) {
        return send(username, apiClient(), HttpRequest.newBuilder(server.http.resolve(path))
                .header("Authorization", basic(username))
                .header("Accept", "application/json"), null);
    }

    private Answer pageGet(HttpClient browser, String path) {
        return send("admin's browser", browser, HttpRequest.newBuilder(server.http.resolve(path)), null);
    }

    private Answer send(String who, HttpClient client, HttpRequest.Builder request, String comment) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        String path = built.uri().getPath().substring(1);
        Answer answer;
        try {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            answer = new Answer(who, built.method(), path, comment, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), Instant.now());
        } catch (IOException e) {
            answer = new Answer(who, built.method(), path, comment, -1, "", e.toString(), Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(who, built.method(), path, comment, -1, "", e.toString(), Instant.now());
        }
        answers.add(answer);
        return answer;
    }

    private void assertPlainPage(Answer page) {
        assertEquals(503, page.status(), page::toString);
        assertTrue(page.contentType().startsWith("text/html"), page::toString);
        assertTrue(page.body().contains("The database cannot be reached"), page::toString);
        assertTrue(page.body().contains("Nothing you typed is lost"), page::toString);
        assertFalse(page.body().contains("<script"), page::toString);
    }

    private long firstReportId() {
        Answer reports = apiGet("staff", "api/v1/reports");
        assertEquals(200, reports.status(), reports::toString);
        Matcher id = FIRST_ID.matcher(reports.body());
        assertTrue(id.find(), "the demo data has reports: " + reports.body());
        return Long.parseLong(id.group(1));
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpClient apiClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
