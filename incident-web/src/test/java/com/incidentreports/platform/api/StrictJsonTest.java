package com.incidentreports.platform.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {

    record Nested(String name, List<String> tags) {
    }

    record Input(String title, Boolean publish, boolean archived, Long count, Instant startedAt, LocalDate dueDate,
                 List<Long> ids, Nested nested, @JsonbTypeDeserializer(WholeNumber.class) Long serviceId) {
    }

    @Test
    void aWellFormedBodyOfTheRightTypesPasses() {
        assertDoesNotThrow(() -> check("""
                {"title": "Tab\\tand\\nline", "publish": true, "archived": false, "count": 3,
                 "startedAt": "2024-05-01T10:00:00Z", "dueDate": "2026-06-30", "ids": [1, 2],
                 "nested": {"name": "x", "tags": ["a"]}, "serviceId": 4, "unknown": {"any": [1, "b"]},
                 "emoji": "\\ud83d\\udcb3"}"""));
        assertDoesNotThrow(() -> check("{\"title\": null, \"nested\": null}  \n"));
    }

    @Test
    void trailingContentIsRefused() {
        ProblemException problem = assertThrows(ProblemException.class, () -> check("{\"title\": \"a\"} junk"));
        assertTrue(problem.getMessage().startsWith("Nothing may follow"), problem.getMessage());
        assertThrows(ProblemException.class, () -> check("{\"title\": \"a\"}{\"title\": \"b\"}"));
    }

    @Test
    void aDuplicateKeyIsRefusedAndNamed() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> check("{\"nested\": {\"name\": \"a\", \"name\": \"b\"}}"));
        assertEquals("nested.name", fieldOf(problem));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        ProblemException problem = assertThrows(ProblemException.class, () -> StrictJson.check(body, Input.class));
        assertTrue(problem.getMessage().contains("UTF-8"), problem.getMessage());
    }

    @Test
    void loneSurrogatesAndControlCharactersAreRefusedWhereverTheyAre() {
        assertEquals("title", fieldOf(assertThrows(ProblemException.class,
                () -> check("{\"title\": \"a\\ud800b\"}"))));
        assertEquals("title", fieldOf(assertThrows(ProblemException.class,
                () -> check("{\"title\": \"a\\u0000b\"}"))));
        assertEquals("nested.tags[1]", fieldOf(assertThrows(ProblemException.class,
                () -> check("{\"nested\": {\"tags\": [\"a\", \"\\u0007\"]}}"))));
        assertEquals("unknown", fieldOf(assertThrows(ProblemException.class,
                () -> check("{\"unknown\": \"\\u001b\"}"))));
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedAndNamed() {
        assertEquals("title", fieldOf(assertThrows(ProblemException.class, () -> check("{\"title\": 12}"))));
        assertEquals("publish", fieldOf(assertThrows(ProblemException.class,
                () -> check("{\"publish\": \"yes\"}"))));
        assertEquals("archived", fieldOf(assertThrows(ProblemException.class, () -> check("{\"archived\": 1}"))));
        assertEquals("count", fieldOf(assertThrows(ProblemException.class, () -> check("{\"count\": \"3\"}"))));
        assertEquals("ids[1]", fieldOf(assertThrows(ProblemException.class, () -> check("{\"ids\": [1, \"2\"]}"))));
        assertEquals("nested", fieldOf(assertThrows(ProblemException.class, () -> check("{\"nested\": []}"))));
    }

    @Test
    void timesOutOfRangeAreRefusedAndNamed() {
        assertEquals("startedAt", fieldOf(assertThrows(ProblemException.class,
                () -> check("{\"startedAt\": \"-999999999-01-01T00:00:00Z\"}"))));
        assertEquals("startedAt", fieldOf(assertThrows(ProblemException.class,
                () -> check("{\"startedAt\": \"+300000-01-01T00:00:00Z\"}"))));
        assertEquals("dueDate", fieldOf(assertThrows(ProblemException.class,
                () -> check("{\"dueDate\": \"+999999999-01-01\"}"))));
    }

    @Test
    void malformedJsonIsRefused() {
        assertThrows(ProblemException.class, () -> check("{\"title\": "));
        assertThrows(ProblemException.class, () -> check("{title: 1}"));
    }

    private static void check(String json) {
        StrictJson.check(json.getBytes(StandardCharsets.UTF_8), Input.class);
    }

    private static String fieldOf(ProblemException problem) {
        List<Problem.InvalidField> errors = problem.toProblem("/").errors();
        assertEquals(1, errors.size(), () -> String.valueOf(errors));
        return errors.get(0).field();
    }
}
