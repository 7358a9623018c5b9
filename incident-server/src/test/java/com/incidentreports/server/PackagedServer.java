package com.incidentreports.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The server package admins deploy, started as the README tells them ({@code java -jar incident-reports.jar} in an
 * empty directory, configured by environment variables only), for the tests of this module; and signing in to it
 * with the sign-in form, as a browser does.
 */
final class PackagedServer {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    final Path workDir;
    final Path log;
    final Process process;
    final URI http;

    private PackagedServer(Path workDir, Path log, Process process, URI http) {
        this.workDir = workDir;
        this.log = log;
        this.process = process;
        this.http = http;
    }

    /** A fresh directory under the build's folder for one server, named after {@code prefix}. */
    static Path newWorkDir(String prefix) throws IOException {
        Path parent = Path.of(System.getProperty("package.work.dir", "target")).toAbsolutePath();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, prefix);
    }

    static String httpPort() {
        return System.getProperty("test.package.http.port", "9082");
    }

    static String httpsPort() {
        return System.getProperty("test.package.https.port", "9445");
    }

    /**
     * Starts the package in {@code workDir} on the test's ports with {@code settings} as its only environment of the
     * operator's (nothing a developer's shell holds reaches it), and waits until {@code /health/ready} says 200.
     */
    static PackagedServer start(Path workDir, Map<String, String> settings) throws Exception {
        Path jar = Path.of(System.getProperty("package.jar", "target/incident-reports.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "The build did not produce the server package " + jar);
        URI http = URI.create("http://localhost:" + httpPort() + "/");
        Path log = workDir.resolve("console.log");
        ProcessBuilder start = new ProcessBuilder(javaCommand(), "-jar", jar.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = start.environment();
        environment.keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("SSO_")
                || name.startsWith("MAIL_") || name.startsWith("HTTP") || name.startsWith("INCIDENTS_")
                || name.startsWith("WLP_") || name.equals("LOG_DIR") || name.equals("LOCAL_PASSWORD")
                || name.equals("JVM_ARGS"));
        environment.put("HTTP_PORT", httpPort());
        environment.put("HTTPS_PORT", httpsPort());
        environment.put("INCIDENTS_BASE_URL", http.toString());
        environment.put("WLP_JAR_EXTRACT_DIR", workDir.resolve("server").toString());
        environment.put("LOG_DIR", workDir.resolve("logs").toString());
        environment.putAll(settings);
        PackagedServer server = new PackagedServer(workDir, log, start.start(), http);
        server.waitUntilReady();
        return server;
    }

    /** Stops it as a service manager does (SIGTERM), failing if it does not end within 90 s. */
    void stop() throws Exception {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            fail("The packaged server did not stop within 90 s of being told to. " + logTail());
        }
    }

    private void waitUntilReady() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                fail("The packaged server ended (exit " + process.exitValue() + ") before it was ready. " + logTail());
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(http.resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The server is still starting: ask again.
            }
            Thread.sleep(1000);
        }
        fail("The packaged server was not ready within " + START_LIMIT + ". " + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "The server's console, last lines:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(its console log " + log + " could not be read: " + e + ")";
        }
    }

    /**
     * Signs {@code username} in through the sign-in form with {@code browser} (which keeps cookies): the page's
     * hidden fields (view state, nonce) go back with the credentials, as a browser sends them.
     */
    static void signInWithForm(HttpClient browser, URI http, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> login = get(browser, http.resolve("login"));
        assertEquals(200, login.statusCode(), login::body);
        String form = find(login.body(), "(<form id=\"login\".*?</form>)", "sign-in form");
        Map<String, String> fields = hiddenFields(form);
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        String action = find(form, "<form [^>]*action=\"([^\"]+)\"", "form address").replace("&amp;", "&")
                .replaceFirst("^/", "");
        HttpResponse<String> signedIn = postForm(browser, http.resolve(action), fields);
        assertEquals(302, signedIn.statusCode(), "a signed-in person is sent on: " + signedIn.body());
    }

    static HttpResponse<String> get(HttpClient browser, URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(HttpClient browser, URI uri, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the browser sends back unseen: the view state and the form's marker that it was submitted. */
    private static Map<String, String> hiddenFields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"")
                .matcher(form);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        assertTrue(fields.containsKey("jakarta.faces.ViewState"), "The sign-in form has no view state: " + form);
        return fields;
    }

    private static String find(String page, String regex, String what) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(page);
        assertTrue(matcher.find(), "The sign-in page has no " + what + ": " + page);
        return matcher.group(1);
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
