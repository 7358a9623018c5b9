package com.incidentreports.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;

/** A valid follow-up action of a report with a unique title, changed field by field for a test. */
public final class ActionBuilder {

    private final long reportId;
    private final Map<String, JsonValue> fields = new LinkedHashMap<>();

    ActionBuilder(long reportId) {
        this.reportId = reportId;
        with("title", TestData.unique("Add a regression test"));
        with("description", "Cover the **invite sign-up** end to end.");
        with("type", "PREVENT");
        with("priority", "P2");
    }

    public ActionBuilder with(String field, String value) {
        fields.put(field, Json.createValue(value));
        return this;
    }

    /** Owned by {@code owner}, signed in once first: a person is known from their first sign-in on. */
    public ActionBuilder ownedBy(DemoUser owner) {
        TestData.known(owner);
        return with("owner", owner.username());
    }

    /** Due {@code days} days after today (UTC); negative for the past. */
    public ActionBuilder dueInDays(long days) {
        return with("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(days).toString());
    }

    public String address() {
        return "/api/v1/reports/" + reportId + "/actions";
    }

    public JsonObject body() {
        JsonObjectBuilder body = Json.createObjectBuilder();
        fields.forEach(body::add);
        return body.build();
    }

    /** Creates it as {@code user}, who must be allowed to; the action as the API returns it. */
    public JsonObject createAs(DemoUser user) {
        return assertStatus(201, Server.as(user).post(address(), body()));
    }
}
