package com.incidentreports.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person signed in through the sign-in form, as a browser is: the session cookie is kept and sent with every
 * request, and no credentials go with them. For tests of what happens to a session that is already signed in
 * (a role granted, the account deactivated).
 */
public final class SignedInSession {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();

    private SignedInSession() {
    }

    /** Signs {@code user} in with the form; the reply is the form's answer (a redirect away from it on success). */
    public static SignedInSession signIn(DemoUser user) {
        SignedInSession session = new SignedInSession();
        Reply reply = session.trySignIn(user.username(), user.password());
        if (reply.status() != 302 || reply.header("Location").contains("/login")) {
            throw new AssertionError("The sign-in of " + user.username() + " failed: " + reply.describe());
        }
        return session;
    }

    /** Tries to sign in with the form; the reply says how it went (302 away from /login when it worked). */
    public static Reply attemptSignIn(DemoUser user) {
        return new SignedInSession().trySignIn(user.username(), user.password());
    }

    private Reply trySignIn(String username, String password) {
        Reply form = get("login");
        Map<String, String> fields = FormSignIn.hiddenFields(form.body());
        if (!fields.containsKey("jakarta.faces.ViewState")) {
            throw new AssertionError("The sign-in page has no view state: " + form.describe());
        }
        fields.put("login_SUBMIT", "1");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        return postForm("login", fields);
    }

    /** Posts a page's form as the browser would: {@code fields} form-encoded, with the session cookie and {@code headers}. */
    public Reply postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(Server.baseUri().resolve(path.startsWith("/")
                        ? path.substring(1) : path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(Server.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path))
                .GET());
    }

    /** Posts {@code json} to the API as the browser would, with the session cookie and {@code headers}. */
    public Reply postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Server.baseUri().resolve(path.startsWith("/")
                        ? path.substring(1) : path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            return new Reply(built.method() + " " + built.uri().getRawPath(), response.statusCode(),
                    response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("The server did not answer " + built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + built.uri(), e);
        }
    }
}
