package com.incidentreports.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in through the sign-in page as a browser does, without a browser: reads the form, posts it with the
 * username and password, and keeps the session cookie. For tests of what a form sign-in leaves behind.
 */
public final class FormSignIn {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private FormSignIn() {
    }

    /**
     * The status the form's post was answered with: 302 (on to the next page) if signed in, 401 (the form again,
     * saying what was wrong) if not.
     */
    public static int signIn(String username, String password) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        URI login = Server.baseUri().resolve("login");
        try {
            String page = client.send(HttpRequest.newBuilder(login).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Map<String, String> fields = hiddenFields(page);
            fields.put("login", "login");
            fields.put("login:username", username);
            fields.put("login:password", password);
            fields.put("login:submit", "");
            String form = fields.entrySet().stream()
                    .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(login)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hidden fields of a page, by name: the view state, and the nonce PrimeFaces' CSP mode wants back with
     * every post.
     */
    static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
