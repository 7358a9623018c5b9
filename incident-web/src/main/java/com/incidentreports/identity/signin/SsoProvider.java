package com.incidentreports.identity.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The company's identity provider as its discovery document ({@code <issuer>/.well-known/openid-configuration})
 * describes it: whether it answers before a person is sent there, and where its own sign-out is.
 */
@ApplicationScoped
public class SsoProvider {

    private static final Logger LOG = Logger.getLogger(SsoProvider.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(4);
    /** How long a discovery document that was read is trusted for where the provider's sign-out is. */
    private static final Duration REMEMBERED = Duration.ofMinutes(10);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Inject
    private Clock clock;

    private record Discovery(JsonObject document, Instant read) {
    }

    @Inject
    private SsoSettings settings;

    private volatile Discovery last;

    /** Reads the discovery document now: empty if single sign-on is off or the provider does not answer well. */
    public Optional<JsonObject> discover() {
        Optional<String> issuer = settings.getIssuer();
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        URI address = URI.create(issuer.get().replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(address).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "The identity provider's discovery document " + address + " answered "
                        + response.statusCode());
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject document = reader.readObject();
                last = new Discovery(document, clock.instant());
                return Optional.of(document);
            }
        } catch (IOException | JsonParsingException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The identity provider's discovery document " + address + " could not be read: "
                    + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether the provider answers now, so that a person sent there does not meet an error page. */
    public boolean isReachable() {
        return discover().isPresent();
    }

    /**
     * Where a person ends their session at the provider ({@code end_session_endpoint}), if the provider has one:
     * from the discovery document read in the last minutes, or read now.
     */
    public Optional<String> endSessionEndpoint() {
        Discovery known = last;
        Optional<JsonObject> document = known != null && known.read().plus(REMEMBERED).isAfter(clock.instant())
                ? Optional.of(known.document()) : discover();
        return document.map(json -> json.get("end_session_endpoint"))
                .filter(JsonString.class::isInstance).map(value -> ((JsonString) value).getString())
                .filter(value -> value.startsWith("https://") || value.startsWith("http://"));
    }
}
