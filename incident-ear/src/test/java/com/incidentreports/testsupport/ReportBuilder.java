package com.incidentreports.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;

/** A valid report with a unique title, changed field by field for a test, sent as the API's JSON. */
public final class ReportBuilder {

    private final Map<String, JsonValue> fields = new LinkedHashMap<>();

    ReportBuilder(long serviceId) {
        with("title", TestData.unique("Checkout errors"));
        with("serviceId", serviceId);
        with("severity", "SEV3");
        with("startedAt", "2024-05-01T10:00:00Z");
        with("detectedAt", "2024-05-01T10:05:00Z");
        with("endedAt", "2024-05-01T11:10:00Z");
        with("usersAffected", 120);
        with("incident", "Checkout answered 500 for some users.");
        with("cause", "A configuration change removed a database index.");
        with("whoWasAffected", "Customers paying by card.");
        with("prevention", "Schema changes now go through review.");
    }

    public ReportBuilder with(String field, String value) {
        fields.put(field, Json.createValue(value));
        return this;
    }

    public ReportBuilder with(String field, long value) {
        fields.put(field, Json.createValue(value));
        return this;
    }

    /** Any JSON value, such as one of a type the field does not take. */
    public ReportBuilder with(String field, JsonValue value) {
        fields.put(field, value);
        return this;
    }

    public ReportBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public ReportBuilder titled(String title) {
        return with("title", title);
    }

    /** Restricted to {@code people} (besides its authors and admins), and to no provider group. */
    public ReportBuilder restrictedTo(DemoUser... people) {
        JsonArrayBuilder usernames = Json.createArrayBuilder();
        for (DemoUser person : people) {
            usernames.add(person.username());
        }
        return with("restriction", Json.createObjectBuilder().add("restricted", true).add("people", usernames)
                .add("groups", Json.createArrayBuilder()).build());
    }

    public ReportBuilder published() {
        fields.put("publish", JsonValue.TRUE);
        return this;
    }

    public JsonObject body() {
        JsonObjectBuilder body = Json.createObjectBuilder();
        fields.forEach(body::add);
        return body.build();
    }

    /** Creates it through the API as {@code user}, who must be allowed to; the report as the API returns it. */
    public JsonObject createAs(DemoUser user) {
        return assertStatus(201, Server.as(user).post("/api/v1/reports", body()));
    }

    /** Creates it as the author. */
    public JsonObject create() {
        return createAs(DemoUser.AUTHOR);
    }
}
