package com.incidentreports.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A receiver of webhooks on a free port of this machine (the JDK's HTTP server), which keeps every request and
 * answers as the test tells it: the given statuses in turn (then 200), or never, to prove the sender's timeout. It
 * checks signatures with its own HMAC, independent of the application's signer.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** An answer that never comes: the receiver holds the request for longer than any sender waits. */
    public static final int NEVER = -1;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
    private volatile int answerAfterwards = 200;

    /** One request as it came: its headers of Standard Webhooks and its body. */
    public record Request(String id, String timestamp, String signature, String body) {
    }

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", this::handle);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers the next requests with these statuses (or {@link #NEVER}) in turn, then 200. */
    public WebhookReceiver answering(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
        return this;
    }

    /** Answers every request, after those given to {@link #answering}, with {@code status}. */
    public WebhookReceiver alwaysAnswering(int status) {
        answerAfterwards = status;
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** Waits until {@code count} requests matching {@code which} came; fails after a minute. */
    public List<Request> await(int count, Predicate<Request> which) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            List<Request> matching = requests.stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + count + " webhook requests; got "
                + requests);
    }

    /**
     * Whether a request is signed with {@code secret} as Standard Webhooks says: among the space-separated
     * signatures, a {@code v1,} one equal to the base64 HMAC-SHA256 of {@code id.timestamp.body} with the key the
     * secret's base64 part decodes to.
     */
    public static boolean signedWith(String secret, Request request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                    (request.id() + "." + request.timestamp() + "." + request.body())
                            .getBytes(StandardCharsets.UTF_8)));
            for (String signature : request.signature().split(" ")) {
                if (signature.equals(expected)) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), body));
        Integer next = answers.poll();
        int status = next == null ? answerAfterwards : next;
        if (status == NEVER) {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] answer = ("answered " + status).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
