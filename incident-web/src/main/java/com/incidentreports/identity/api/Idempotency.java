package com.incidentreports.identity.api;

import com.incidentreports.identity.IdempotencyKey;
import com.incidentreports.identity.IdempotentRequests;
import com.incidentreports.identity.KeptAnswer;
import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The {@value #HEADER} header of the API's POSTs, as payment APIs have it: a client that sends a request again with
 * the key it sent before (a retry after a timeout) gets the first answer, status and body, and nothing is done
 * twice; the same key with another body is 422. Keys are the caller's own and last a day ({@link IdempotentRequests}).
 * Without the header a POST is done every time it is sent.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String HEADER_DESCRIPTION = "Optional: a key of your choosing (up to "
            + IdempotencyKey.KEY_MAX + " visible ASCII characters, such as a UUID), new for each new request. Sent "
            + "again with the same key and body within a day, the request is not done again: the first answer is "
            + "given again. The same key with another body is 422.";

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1," + IdempotencyKey.KEY_MAX + "}");

    private final Jsonb json = JsonbBuilder.create();

    @EJB
    private IdempotentRequests requests;

    /**
     * The answer to the POST to {@code uriInfo}'s path with {@code body} and key {@code key}: {@code request}'s,
     * done once for the key; done every time if {@code key} is null.
     */
    public Response once(String key, UriInfo uriInfo, Object body, Supplier<Response> request) {
        if (key == null) {
            return request.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ProblemException.invalidInput(List.of(new InvalidField(HEADER, HEADER + " must be 1 to "
                    + IdempotencyKey.KEY_MAX + " visible ASCII characters, such as a UUID.")));
        }
        String asked = "POST " + uriInfo.getRequestUri().getRawPath() + "\n" + json.toJson(body);
        return replay(requests.once(key, asked, () -> keep(request.get())));
    }

    private KeptAnswer keep(Response response) {
        return new KeptAnswer(response.getStatus(),
                response.getLocation() == null ? null : response.getLocation().toString(),
                response.getHeaderString(HttpHeaders.ETAG),
                response.hasEntity() ? json.toJson(response.getEntity()) : null);
    }

    private static Response replay(KeptAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status());
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.body() != null) {
            response.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }
}
