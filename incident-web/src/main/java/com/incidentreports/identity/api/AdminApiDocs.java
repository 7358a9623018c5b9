package com.incidentreports.identity.api;

/** What the admin resources say of themselves in the OpenAPI document. */
final class AdminApiDocs {

    static final String TAG = "Administration";
    static final String TAG_DESCRIPTION = "People, their roles and accounts, and invitations (admins only).";
    static final String FORBIDDEN = "The caller is not an admin.";

    private AdminApiDocs() {
    }
}
