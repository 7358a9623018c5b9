package com.incidentreports.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;

/** A comment on a report, or a reply, with a unique text unless told what to say, sent as the API's JSON. */
public final class CommentBuilder {

    private final long reportId;
    private String body = TestData.unique("A comment:");
    private Long parentId;

    CommentBuilder(long reportId) {
        this.reportId = reportId;
    }

    public CommentBuilder saying(String body) {
        this.body = body;
        return this;
    }

    public CommentBuilder replyingTo(JsonObject comment) {
        this.parentId = comment.getJsonNumber("id").longValue();
        return this;
    }

    public String address() {
        return "/api/v1/reports/" + reportId + "/comments";
    }

    public JsonObject body() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("body", body);
        if (parentId != null) {
            json.add("parentId", parentId);
        }
        return json.build();
    }

    /** Posts it as {@code user}, who must be allowed to; the comment as the API returns it. */
    public JsonObject postAs(DemoUser user) {
        return assertStatus(201, Server.as(user).post(address(), body()));
    }
}
