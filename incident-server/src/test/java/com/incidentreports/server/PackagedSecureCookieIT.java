package com.incidentreports.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package where the operator says the application's address is https (INCIDENTS_BASE_URL) and says nothing
 * about cookies: the session cookie is Secure, and a person signs in over https with it and stays signed in.
 */
class PackagedSecureCookieIT {

    private static final String KEY_STORE_PASSWORD = "packaged-secure-cookie-keystore";

    private static PackagedServer server;
    private static URI https;
    private static HttpClient browser;

    @BeforeAll
    static void startThePackageAtAnHttpsAddress() throws Exception {
        https = URI.create("https://localhost:" + PackagedServer.httpsPort() + "/");
        Path workDir = PackagedServer.newWorkDir("packaged-secure-cookie-");
        Path keyStore = PackagedServerIT.companyKeyStore(workDir.resolve("company-keystore.p12"), KEY_STORE_PASSWORD);
        server = PackagedServer.start(workDir, Map.of(
                "DB_URL", "jdbc:h2:" + workDir.resolve("data/incidents") + ";DB_CLOSE_ON_EXIT=FALSE",
                "HTTPS_KEYSTORE", keyStore.toString(),
                "HTTPS_KEYSTORE_PASSWORD", KEY_STORE_PASSWORD,
                "INCIDENTS_BASE_URL", https.toString()));
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trusted.load(in, KEY_STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        browser = HttpClient.newBuilder().sslContext(tls)
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void stopThePackage() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theSessionCookieIsSecureAndAPersonSignsInOverHttpsWithIt() throws Exception {
        HttpResponse<String> login = PackagedServer.get(browser, https.resolve("login"));
        assertEquals(200, login.statusCode(), login::body);
        List<String> attributes = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("INCIDENTS_SESSION="))
                .map(value -> List.of(value.toLowerCase(Locale.ROOT).replace(" ", "").split(";")))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
        assertTrue(attributes.contains("secure"), attributes::toString);
        assertTrue(attributes.contains("httponly"), attributes::toString);
        assertTrue(attributes.contains("samesite=lax"), attributes::toString);

        PackagedServer.signInWithForm(browser, https, "author", "demo");

        HttpResponse<String> services = PackagedServer.get(browser, https.resolve("services"));
        assertEquals(200, services.statusCode(), services::body);
        assertTrue(services.body().contains("id=\"signedInUser\""), "the Secure cookie came back over https");
    }
}
