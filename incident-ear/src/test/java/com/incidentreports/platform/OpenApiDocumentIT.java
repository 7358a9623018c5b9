package com.incidentreports.platform;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's description as clients and code generators read it at /openapi: every schema says what it holds (the
 * records of the EJB module included), every operation has a name of its own and says how it fails, and no example
 * points anywhere but here. The document is saved as target/openapi.json, where CI lints it (.ci/run, redocly.yaml).
 */
@ApplicationTest
class OpenApiDocumentIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static Reply served;
    private static JsonObject document;

    @BeforeAll
    static void readAndSave() throws IOException {
        served = Server.anonymous().get("/openapi?format=JSON");
        document = assertStatus(200, served);
        Path saved = Path.of(System.getProperty("test.openapi.document"));
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, served.body(), StandardCharsets.UTF_8);
    }

    @Test
    void everySchemaSaysWhatItHolds() {
        List<String> empty = new ArrayList<>();
        findEmptySchemas("", document, empty);
        assertTrue(empty.isEmpty(), () -> "Objects described without their properties (a class Liberty's scanner "
                + "did not see?):\n" + String.join("\n", empty));
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("ReportDetails"),
                "a record of the EJB module is among the schemas");
    }

    /** Every object schema under {@code value} that names no properties, no reference and nothing it combines. */
    private static void findEmptySchemas(String where, JsonValue value, List<String> empty) {
        if (value instanceof JsonObject object) {
            boolean anObject = "object".equals(object.getString("type", null));
            if (anObject && Set.of("properties", "$ref", "allOf", "oneOf", "anyOf", "additionalProperties").stream()
                    .noneMatch(object::containsKey)) {
                empty.add(where + " " + object);
            }
            object.forEach((key, child) -> findEmptySchemas(where + "/" + key, child, empty));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                findEmptySchemas(where + "/" + i, array.get(i), empty);
            }
        }
    }

    @Test
    void everyOperationHasANameOfItsOwnAndSaysHowItFails() {
        Map<String, String> names = new HashMap<>();
        List<String> problems = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String operation = method.toUpperCase() + " " + path;
            JsonObject described = value.asJsonObject();
            String id = described.getString("operationId", null);
            if (id == null || id.isBlank()) {
                problems.add(operation + " has no operationId");
            } else if (names.put(id, operation) != null) {
                problems.add(operation + " has the operationId of " + names.get(id));
            }
            if (described.getJsonObject("responses").keySet().stream().noneMatch(status -> status.startsWith("4"))) {
                problems.add(operation + " names no 4xx response");
            }
        }));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void noExamplePointsElsewhere() {
        assertFalse(served.body().contains("example.com"), "an example at example.com");
        JsonValue servers = document.get("servers");
        assertTrue(servers == null || !servers.toString().contains("example"), String.valueOf(servers));
    }
}
