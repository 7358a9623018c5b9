package com.incidentreports.testsupport;

import jakarta.json.JsonStructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The server under test, as one demo user sees it through HTTP Basic (which the sign-in mechanism accepts on every
 * address, pages included), as a program with a personal API token, or as someone who has not signed in. No cookies are kept: every request stands alone.
 */
public final class Server {

    /** HTTP/1.1 as browsers speak to the server here: no h2c upgrade, which clients sending at once got stuck on. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final int MAX_REDIRECTS = 5;

    /** The Authorization header sent with every request; null for someone who has not signed in. */
    private final String authorization;

    private Server(String authorization) {
        this.authorization = authorization;
    }

    public static Server as(DemoUser user) {
        return new Server(user.basicAuthorization());
    }

    /** As any account of the server's registry, such as one a test adds beside the demo accounts. */
    public static Server as(String username, String password) {
        return new Server("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A program calling with a personal API token. */
    public static Server bearer(String token) {
        return new Server("Bearer " + token);
    }

    public static Server anonymous() {
        return new Server(null);
    }

    /** The server's root, from the port the build gave the test server. */
    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("test.http.port", "9081") + "/");
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /**
     * GETs a page as a browser would: following the server's redirects (such as / to /index), as long as they stay
     * on this server. The reply names the address that answered last.
     */
    public Reply page(String path, String... headers) {
        Reply reply = get(path, headers);
        for (int hops = 0; hops < MAX_REDIRECTS && reply.status() / 100 == 3 && reply.header("Location") != null;
             hops++) {
            URI next = baseUri().resolve(reply.header("Location"));
            if (!baseUri().getAuthority().equals(next.getAuthority())) {
                return reply;
            }
            reply = get(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()), headers);
        }
        return reply;
    }

    public Reply post(String path, JsonStructure body, String... headers) {
        return post(path, body.toString(), headers);
    }

    /** Sends {@code body} as it is, even when it is not JSON: for tests of what the server does with bad input. */
    public Reply post(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends {@code body} byte for byte as JSON, even when it is not valid UTF-8. */
    public Reply post(String path, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends {@code body} as {@code contentType}: what a browser sends that is not the API's JSON. */
    public Reply postBody(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POSTs {@code body} as JSON in chunks, without saying its length first, as a streaming client does. */
    public Reply postChunked(String path, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    public Reply put(String path, JsonStructure body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Any method, with {@code body} sent as JSON as it is (none if empty). */
    public Reply sendJson(String method, String path, String body, String... headers) {
        if (body == null || body.isEmpty()) {
            return send(method, path, headers);
        }
        return send(request(path, headers).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply send(String method, String path, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri().resolve(path.startsWith("/")
                        ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
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
