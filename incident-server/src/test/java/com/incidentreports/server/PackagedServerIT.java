package com.incidentreports.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The artifact admins deploy, started as the README tells them: {@code java -jar incident-reports.jar} in an empty
 * directory, configured by environment variables only (ports, the embedded H2 database file, the https key store),
 * then used over HTTP as a person and as an API client would, and stopped as a service manager stops it.
 * The tests share the one server, started once: they run in the order a person would try it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedServerIT {

    private static final String KEY_STORE_PASSWORD = "packaged-test-keystore";
    /** What an operator gives the local accounts instead of the demo password. */
    private static final String LOCAL_PASSWORD = "operator-chosen-secret";
    /** The heap the operator gives the server, different from the package's own default (jvm.options). */
    private static final String SERVER_HEAP = "384m";

    private static Path workDir;
    private static Path keyStore;
    private static PackagedServer server;
    private static URI http;
    private static URI https;

    /** Keeps the session cookie between requests, as a browser does; redirects are followed by hand. */
    private final HttpClient browser = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void startThePackage() throws Exception {
        https = URI.create("https://localhost:" + PackagedServer.httpsPort() + "/");
        workDir = PackagedServer.newWorkDir("packaged-server-");
        keyStore = companyKeyStore(workDir.resolve("company-keystore.p12"), KEY_STORE_PASSWORD);
        server = PackagedServer.start(workDir, Map.of(
                "DB_URL", "jdbc:h2:" + workDir.resolve("data/incidents") + ";DB_CLOSE_ON_EXIT=FALSE",
                "HTTPS_KEYSTORE", keyStore.toString(),
                "HTTPS_KEYSTORE_PASSWORD", KEY_STORE_PASSWORD,
                "LOCAL_PASSWORD", LOCAL_PASSWORD,
                // The jar runs the server in a JVM of its own: the heap is given to that JVM, as the README says.
                "JVM_ARGS", "-Xmx" + SERVER_HEAP));
        http = server.http;
    }

    @AfterAll
    static void stopThePackage() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void theEmbeddedDatabaseIsTheFileTheEnvironmentNamed() {
        assertTrue(Files.isRegularFile(workDir.resolve("data/incidents.mv.db")),
                "DB_URL named " + workDir.resolve("data/incidents") + ". " + logTail());
        assertTrue(Files.isRegularFile(workDir.resolve("logs/messages.log")), "LOG_DIR holds the server's log");
    }

    @Test
    @Order(1)
    void theServersJvmHasTheHeapTheOperatorGaveInJvmArgs() {
        List<String> serverJvm = server.process.descendants()
                .map(process -> process.info().arguments().map(List::of).orElse(List.of()))
                .filter(arguments -> arguments.stream().anyMatch(argument -> argument.endsWith("ws-server.jar")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the jar started no server JVM. " + logTail()));
        List<String> heaps = serverJvm.stream().filter(argument -> argument.startsWith("-Xmx")).toList();
        assertFalse(heaps.isEmpty(), serverJvm::toString);
        assertEquals("-Xmx" + SERVER_HEAP, heaps.get(heaps.size() - 1), "the last -Xmx is the one that counts: "
                + serverJvm);
    }

    @Test
    @Order(2)
    void aDemoAuthorSignsInWithTheFormAndOpensAPage() throws Exception {
        HttpResponse<String> login = get(http.resolve("login"));
        assertEquals(200, login.statusCode(), login::body);
        assertFalse(login.body().contains("login-demo"),
                "with a password of the operator's own, the page no longer tells the demo password");

        PackagedServer.signInWithForm(browser, http, "author", LOCAL_PASSWORD);

        HttpResponse<String> services = get(http.resolve("services"));
        assertEquals(200, services.statusCode(), services::body);
        assertTrue(services.body().contains("id=\"signedInUser\""), "the header names who signed in");
        assertTrue(services.body().contains(">Alex Author</a>"), "the header shows the display name");
        assertTrue(services.body().contains("Slash GraphQL"), "the demo data's service is listed");
    }

    @Test
    @Order(3)
    void theApiAnswersAnApiClient() throws Exception {
        HttpResponse<String> reports = apiGet("api/v1/reports", "staff", LOCAL_PASSWORD);
        assertEquals(200, reports.statusCode(), reports::body);
        assertTrue(reports.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(reports.body().contains("Slash GraphQL"), reports::body);
    }

    @Test
    @Order(4)
    void theDemoPasswordNoLongerSignsInOnceTheOperatorChoseAnother() throws Exception {
        assertEquals(401, apiGet("api/v1/me", "admin", "demo").statusCode());
    }

    @Test
    @Order(5)
    void httpsServesTheKeyStoreTheEnvironmentNamed() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trusted.load(in, KEY_STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext onlyTheCompanyCertificate = SSLContext.getInstance("TLS");
        onlyTheCompanyCertificate.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(onlyTheCompanyCertificate)
                .connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(https.resolve("health/ready"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, ready.statusCode(), ready::body);
        X509Certificate served = (X509Certificate) ready.sslSession().orElseThrow().getPeerCertificates()[0];
        assertTrue(served.getSubjectX500Principal().getName().contains("CN=incidents.example.com"),
                served.getSubjectX500Principal()::getName);
    }

    @Test
    @Order(6)
    void theServerStopsWhenTold() throws Exception {
        server.process.destroy();
        assertTrue(server.process.waitFor(90, TimeUnit.SECONDS), "the server stops within 90 s. " + logTail());
        assertTrue(Files.readString(server.log).contains("CWWKE0036I"), "the server says it stopped. " + logTail());
        assertFalse(server.process.isAlive());
    }

    private static HttpResponse<String> apiGet(String path, String username, String password)
            throws IOException, InterruptedException {
        HttpClient apiClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return apiClient.send(HttpRequest.newBuilder(http.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return PackagedServer.get(browser, uri);
    }

    /** A company's key store as an operator brings it: a key pair and its certificate, made here with keytool. */
    static Path companyKeyStore(Path file, String password) throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process generate = new ProcessBuilder(keytool, "-genkeypair", "-alias", "incidents", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "30", "-dname", "CN=incidents.example.com",
                "-ext", "SAN=dns:localhost", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", password)
                .redirectErrorStream(true).start();
        String output = new String(generate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, generate.waitFor(), "keytool: " + output);
        return file;
    }

    private static String logTail() {
        return server.logTail();
    }
}
