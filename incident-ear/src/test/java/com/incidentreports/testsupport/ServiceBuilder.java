package com.incidentreports.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;

/** A new service log with a unique name, described for a test. */
public final class ServiceBuilder {

    private String name = TestData.unique("Service");
    private String description = "A service made by an integration test.";

    ServiceBuilder() {
    }

    public ServiceBuilder named(String name) {
        this.name = name;
        return this;
    }

    public ServiceBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    public JsonObject body() {
        return Json.createObjectBuilder().add("name", name).add("description", description).build();
    }

    /** Creates it through the API as {@code user}, who must be allowed to; the service as the API returns it. */
    public JsonObject createAs(DemoUser user) {
        return assertStatus(201, Server.as(user).post("/api/v1/services", body()));
    }

    /** Creates it as the author. */
    public JsonObject create() {
        return createAs(DemoUser.AUTHOR);
    }
}
