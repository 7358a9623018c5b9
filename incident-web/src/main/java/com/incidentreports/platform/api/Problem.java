package com.incidentreports.platform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /** One rejected value: the field as the API names it, and the rule it broke. */
    @Schema(name = "InvalidField")
    public record InvalidField(String field, String message) {
    }
}
