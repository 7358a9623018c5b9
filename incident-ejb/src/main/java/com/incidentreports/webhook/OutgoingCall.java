package com.incidentreports.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One POST to a receiver, made safely: only http and https, no redirect followed, connect and read timeouts, the
 * target's addresses checked after name resolution against {@link OutgoingAddresses}, and an answer read only up to
 * {@link #ANSWER_MAX} bytes. Signs each try with its own timestamp.
 */
final class OutgoingCall {

    /** The most of an answer read; the rest is left unread. */
    static final int ANSWER_MAX = 64 * 1024;

    private final HttpClient client;
    private final Duration readTimeout;
    private final OutgoingAddresses addresses;
    private final boolean allowHttp;
    private final Clock clock;

    OutgoingCall(Duration connectTimeout, Duration readTimeout, OutgoingAddresses addresses, boolean allowHttp,
                 Clock clock) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
        this.readTimeout = readTimeout;
        this.addresses = addresses;
        this.allowHttp = allowHttp;
        this.clock = clock;
    }

    /** What came of a try: the status (null when there was no answer), or why there was none, and the answer. */
    record Outcome(Integer status, String error, String answer, long durationMillis) {

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    Outcome post(String url, String secret, String messageId, String body) {
        long started = System.nanoTime();
        try {
            URI target = URI.create(url);
            String refused = refusal(target);
            if (refused != null) {
                return new Outcome(null, refused, null, millisSince(started));
            }
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(readTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "IncidentReports-Webhooks/1")
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secret, messageId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                // A receiver that sends its headers and then stalls is cut off when the read timeout ends.
                CompletableFuture.delayedExecutor(readTimeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
                    try {
                        in.close();
                    } catch (IOException alreadyClosed) {
                        // Read to its end already.
                    }
                });
                answer = new String(in.readNBytes(ANSWER_MAX), StandardCharsets.UTF_8);
            }
            return new Outcome(response.statusCode(), null, answer, millisSince(started));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "No answer within " + readTimeout.toSeconds() + " s", null, millisSince(started));
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage(), null, millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted", null, millisSince(started));
        }
    }

    /** Why a call to {@code target} may not be made, or null if it may. */
    private String refusal(URI target) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowHttp)) {
            return "Only " + (allowHttp ? "http and https" : "https") + " addresses are allowed";
        }
        String host = target.getHost();
        if (host == null) {
            return "The address names no host";
        }
        List<InetAddress> resolved;
        try {
            resolved = Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return "Unknown host " + host;
        }
        return addresses.allows(host, resolved) ? null
                : "The address of " + host + " is not among the allowed networks (incidents.webhooks.allowed-hosts)";
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
