package com.incidentreports.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an admin does through the API (/api/v1/admin): invite people and change what a person may do. Tests use it to
 * set up and to put people back as they found them.
 */
public final class Admin {

    private static final Server ADMIN = Server.as(DemoUser.ADMIN);

    private Admin() {
    }

    /** Invites {@code email} with {@code roles}, first revoking any invitation to it left open by an earlier run. */
    public static JsonObject invite(String email, String... roles) {
        revokeOpenInvitations(email);
        JsonArrayBuilder roleNames = Json.createArrayBuilder();
        for (String role : roles) {
            roleNames.add(role);
        }
        Reply reply = ADMIN.post("api/v1/admin/invitations",
                Json.createObjectBuilder().add("email", email).add("roles", roleNames).build());
        assertEquals(201, reply.status(), reply::describe);
        return reply.json();
    }

    public static JsonObject invitation(long id) {
        Reply reply = ADMIN.get("api/v1/admin/invitations/" + id);
        assertEquals(200, reply.status(), reply::describe);
        return reply.json();
    }

    public static JsonObject revokeInvitation(long id) {
        Reply reply = ADMIN.post("api/v1/admin/invitations/" + id + "/revoke", "");
        assertEquals(200, reply.status(), reply::describe);
        return reply.json();
    }

    public static void revokeOpenInvitations(String email) {
        for (String status : new String[] {"PENDING", "EXPIRED"}) {
            for (JsonValue each : ADMIN.get("api/v1/admin/invitations?status=" + status).jsonArray()) {
                JsonObject invitation = each.asJsonObject();
                if (invitation.getString("email").equals(email)) {
                    revokeInvitation(invitation.getJsonNumber("id").longValue());
                }
            }
        }
    }

    /** The person with exactly this username, as the admin API shows them; fails if they never signed in. */
    public static JsonObject person(String username) {
        return findPerson(username).orElseThrow(() -> new AssertionError(username + " has no record"));
    }

    public static Optional<JsonObject> findPerson(String username) {
        String query = URLEncoder.encode(username, StandardCharsets.UTF_8);
        for (JsonValue each : ADMIN.get("api/v1/admin/people?q=" + query).jsonArray()) {
            if (each.asJsonObject().getString("username").equals(username)) {
                return Optional.of(each.asJsonObject());
            }
        }
        return Optional.empty();
    }

    public static Reply grant(String username, String role) {
        return change("PUT", username, "/roles/" + role);
    }

    public static Reply revoke(String username, String role) {
        return change("DELETE", username, "/roles/" + role);
    }

    public static Reply deactivate(String username) {
        return change("PUT", username, "/deactivated");
    }

    public static Reply reactivate(String username) {
        return change("DELETE", username, "/deactivated");
    }

    /**
     * Takes back every role granted to {@code username} and reactivates them, as they were before any test changed
     * them; nothing if they never signed in.
     */
    public static void restore(String username) {
        Optional<JsonObject> known = findPerson(username);
        if (known.isEmpty()) {
            return;
        }
        JsonObject person = known.get();
        for (JsonValue role : person.getJsonArray("grantedRoles")) {
            assertEquals(200, revoke(username, ((JsonString) role).getString()).status());
        }
        if (!person.getBoolean("active")) {
            assertEquals(200, reactivate(username).status());
        }
    }

    private static Reply change(String method, String username, String path) {
        long id = person(username).getJsonNumber("id").longValue();
        Reply current = ADMIN.get("api/v1/admin/people/" + id);
        return ADMIN.send(method, "api/v1/admin/people/" + id + path, "If-Match", current.header("ETag"));
    }
}
