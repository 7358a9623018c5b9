package com.incidentreports.discussion.api;

/** What the discussion resources say of themselves in the OpenAPI document. */
final class ApiDocs {

    static final String TAG = "Discussion";
    static final String TAG_DESCRIPTION = "Comments and replies under reports, likes, watching.";
    static final String NOT_FOUND = "No such report or comment, or it is on a draft the caller cannot see.";

    private ApiDocs() {
    }
}
