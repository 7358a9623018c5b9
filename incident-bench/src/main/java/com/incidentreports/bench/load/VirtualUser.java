package com.incidentreports.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One person in a browser: signed in through the real sign-in form and carrying their session cookie, as staff who
 * follow links from chat do. Each has a client and cookie jar of their own, like separate browsers.
 */
public final class VirtualUser {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient client;

    private VirtualUser(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** Signs {@code username} in: GET /login, then POST the form with its view state, as a browser does. */
    public static VirtualUser signIn(URI base, String username, String password)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
        VirtualUser user = new VirtualUser(base, client);
        HttpResponse<String> page = client.send(user.request("/login").build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IOException("GET /login answered " + page.statusCode());
        }
        HttpResponse<String> signedIn = client.send(user.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(SignInForm.body(page.body(), username, password)))
                .build(), HttpResponse.BodyHandlers.ofString());
        // A successful sign-in redirects to the start page; a failed one shows the form again with a message.
        if (signedIn.statusCode() != 302) {
            throw new IOException("Signing in " + username + " failed: POST /login answered "
                    + signedIn.statusCode());
        }
        return user;
    }

    /** GETs {@code path} and reads the whole answer; returns the status. */
    public int get(String path) throws IOException, InterruptedException {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** GETs {@code path} with one extra header and returns the answer's text. */
    public HttpResponse<String> get(String path, String header, String value)
            throws IOException, InterruptedException {
        return client.send(request(path).header(header, value).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }
}
