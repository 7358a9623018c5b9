package com.incidentreports.platform.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;

import java.util.List;

/**
 * What went wrong, as RFC 9457 describes it ({@code application/problem+json}). {@code errors} lists the rejected
 * fields when the input broke rules; it is left out otherwise.
 */
@Schema(name = Problem.SCHEMA, description = "An error, as RFC 9457 describes it.")
public record Problem(
        @Schema(description = "Identifies the kind of problem; about:blank when the status says it all.")
        String type,
        @Schema(description = "A short summary of the kind of problem.")
        String title,
        @Schema(description = "The HTTP status code.")
        int status,
        @Schema(description = "What went wrong this time, and what to do about it.")
        String detail,
        @Schema(description = "The path of the request that failed.")
        String instance,
        @Schema(description = "The rejected fields, when the input broke rules.")
        List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Its name among the OpenAPI document's schemas. */
    public static final String SCHEMA = "Problem";

    /**
     * Answers {@code response} with a problem of type about:blank, where the REST runtime is not there to do it:
     * in the sign-in mechanism and in servlet filters.
     */
    public static void send(HttpServletResponse response, int status, String title, String detail, String instance) {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", ProblemTypes.BLANK)
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .add("instance", instance)
                    .build().toString());
        } catch (IOException e) {
            // The client has gone; there is no one left to tell.
        }
    }

    /** One rejected value: the field as the API names it, and the rule it broke. */
    @Schema(name = "InvalidField")
    public record InvalidField(String field, String message) {
    }
}
