package com.incidentreports.testsupport;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What every answer of the API must look like, checked the same way in every test. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    public static JsonObject assertStatus(int expected, Reply reply) {
        assertEquals(expected, reply.status(), reply::describe);
        return reply.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : reply.json();
    }

    /**
     * An RFC 9457 problem with {@code status}: the media type, every member a client relies on, and nothing of the
     * server's insides (no exception names, no stack trace).
     */
    public static JsonObject assertProblem(int status, Reply reply) {
        assertEquals(status, reply.status(), reply::describe);
        assertNotNull(reply.contentType(), reply::describe);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::describe);
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply::describe);
        for (String member : new String[] {"type", "title", "detail", "instance"}) {
            assertFalse(problem.getString(member, "").isBlank(), () -> member + " is missing: " + reply.describe());
        }
        assertFalse(reply.body().contains("Exception"), reply::describe);
        assertFalse(reply.body().matches("(?s).*\\bat [a-z]+\\.[a-z].*\\(.*\\.java:\\d+\\).*"), reply::describe);
        return problem;
    }

    /** The message the problem gives for {@code field}; fails if the field is not listed. */
    public static String fieldMessage(JsonObject problem, String field) {
        for (JsonValue error : problem.getJsonArray("errors")) {
            JsonObject each = error.asJsonObject();
            if (field.equals(each.getString("field", null))) {
                return each.getString("message");
            }
        }
        return fail("No error for the field " + field + " in " + problem);
    }
}
