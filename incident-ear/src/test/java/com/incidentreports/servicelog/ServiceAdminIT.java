package com.incidentreports.servicelog;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.ApiAssertions.fieldMessage;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Admins run the services: rename them (links keep working), name their owners, archive them (their logs stay
 * readable, they take no new reports, lists and choices leave them out) and bring them back; nobody else may.
 */
@ApplicationTest
class ServiceAdminIT {

    private static final String SERVICES = "/api/v1/services";

    private JsonObject service;
    private String slug;
    private long reportId;

    @BeforeEach
    void aServiceWithAPublishedReport() {
        service = TestData.service().named(TestData.unique("Billing")).create();
        slug = service.getString("slug");
        reportId = TestData.report(service.getJsonNumber("id").longValue()).published().create()
                .getJsonNumber("id").longValue();
        // Owners are people who have signed in: these two have now.
        assertStatus(200, Server.as(AUTHOR).get("/api/v1/me"));
        assertStatus(200, Server.as(QA_LEAD).get("/api/v1/me"));
    }

    @Test
    void onlyAdminsChangeAService() {
        for (DemoUser notAdmin : List.of(STAFF, AUTHOR, QA_LEAD)) {
            assertProblem(403, change(notAdmin, current(), "Renamed by " + notAdmin, false, List.of()));
        }
        assertEquals(service.getString("name"), read().getString("name"), "nothing changed");
    }

    @Test
    void aRenameKeepsTheAddressTheLogAndItsReports() {
        String newName = TestData.unique("Invoicing");
        JsonObject renamed = assertStatus(200, change(ADMIN, current(), newName, false, List.of()));

        assertEquals(newName, renamed.getString("name"));
        assertEquals(slug, renamed.getString("slug"), "the log keeps its address");
        assertEquals(1, renamed.getInt("reportCount"));
        JsonObject report = assertStatus(200, Server.as(STAFF).get("/api/v1/reports/" + reportId));
        assertEquals(newName, report.getJsonObject("service").getString("name"));
        Reply log = Server.as(STAFF).page("/services/" + slug);
        assertEquals(200, log.status(), log::describe);
        assertTrue(log.body().contains(newName), "the log page shows the new name");
        assertEquals(1, Server.as(STAFF).get("/api/v1/reports?service=" + slug).json().getInt("total"));
    }

    @Test
    void aNameTakenByAnotherServiceIsRefused() {
        JsonObject other = TestData.service().create();
        JsonObject problem = assertProblem(400, change(ADMIN, current(), other.getString("name").toUpperCase(), false,
                List.of()));
        assertEquals("A service with this name already exists.", fieldMessage(problem, "name"));
        assertProblem(400, change(ADMIN, current(), " ", false, List.of()));
    }

    @Test
    void anArchivedServiceKeepsItsLogButTakesNoNewReports() {
        JsonObject archived = assertStatus(200, change(ADMIN, current(), service.getString("name"), true,
                List.of()));
        assertTrue(archived.getBoolean("archived"));

        JsonObject refused = assertProblem(400, Server.as(AUTHOR).post("/api/v1/reports",
                TestData.report(service.getJsonNumber("id").longValue()).body()));
        assertEquals("This service is archived: its log takes no new reports. Choose a service in use.",
                fieldMessage(refused, "serviceId"));

        assertStatus(200, Server.as(STAFF).get("/api/v1/reports/" + reportId));
        assertEquals(200, Server.as(STAFF).page("/services/" + slug).status(), "its log stays readable");
        assertEquals(1, Server.as(STAFF).get("/api/v1/reports?service=" + slug).json().getInt("total"));
        assertFalse(listed(SERVICES), "the services list leaves it out");
        assertTrue(listed(SERVICES + "?includeArchived=true"), "… unless asked for");
        assertFalse(Server.as(AUTHOR).page("/write").body().contains(service.getString("name")),
                "the report form does not offer it");

        JsonObject back = assertStatus(200, change(ADMIN, current(), service.getString("name"), false, List.of()));
        assertFalse(back.getBoolean("archived"));
        assertStatus(201, Server.as(AUTHOR).post("/api/v1/reports",
                TestData.report(service.getJsonNumber("id").longValue()).body()));
        assertTrue(listed(SERVICES));
    }

    @Test
    void adminsNameTheOwnersWhomTheLogShows() {
        TestData.known(AUTHOR, QA_LEAD);
        JsonObject owned = assertStatus(200, change(ADMIN, current(), service.getString("name"), false,
                List.of(AUTHOR.username(), QA_LEAD.username())));
        assertEquals(Set.of(AUTHOR.username(), QA_LEAD.username()), Set.copyOf(owners(owned)));
        assertEquals(owners(owned), owners(read()));
        Reply log = Server.as(STAFF).page("/services/" + slug);
        assertTrue(log.body().contains("/people/" + QA_LEAD.username()), "the log page names the owners");

        JsonObject changed = assertStatus(200, change(ADMIN, current(), service.getString("name"), false,
                List.of(QA_LEAD.username())));
        assertEquals(List.of(QA_LEAD.username()), owners(changed));

        JsonObject unknown = assertProblem(400, change(ADMIN, current(), service.getString("name"), false,
                List.of("nobody-" + TestData.uniqueWord())));
        assertTrue(fieldMessage(unknown, "owners").contains("signed in"), unknown::toString);
        assertEquals(List.of(QA_LEAD.username()), owners(read()), "a refused change changes nothing");
    }

    @Test
    void aChangeNeedsTheVersionItWasMadeTo() {
        JsonObject body = changeBody("Without version", false, List.of());
        assertProblem(428, Server.as(ADMIN).put(SERVICES + "/" + slug, body));

        String before = current();
        assertStatus(200, change(ADMIN, before, TestData.unique("First"), false, List.of()));
        assertProblem(412, change(ADMIN, before, TestData.unique("Second"), false, List.of()));
        assertProblem(404, Server.as(ADMIN).put(SERVICES + "/no-such-" + TestData.uniqueWord(), body,
                "If-Match", "\"0\""));
    }

    private Reply change(DemoUser user, String etag, String name, boolean archived, List<String> owners) {
        return Server.as(user).put(SERVICES + "/" + slug, changeBody(name, archived, owners), "If-Match", etag);
    }

    private static JsonObject changeBody(String name, boolean archived, List<String> owners) {
        JsonArrayBuilder ownerNames = Json.createArrayBuilder();
        owners.forEach(ownerNames::add);
        return Json.createObjectBuilder().add("name", name).add("description", "Bills customers.")
                .add("archived", archived).add("owners", ownerNames).build();
    }

    private String current() {
        Reply reply = Server.as(STAFF).get(SERVICES + "/" + slug);
        assertStatus(200, reply);
        return reply.header("ETag");
    }

    private JsonObject read() {
        return assertStatus(200, Server.as(STAFF).get(SERVICES + "/" + slug));
    }

    private boolean listed(String path) {
        return assertStatusArray(Server.as(STAFF).get(path)).stream()
                .anyMatch(each -> each.asJsonObject().getString("slug").equals(slug));
    }

    private static List<JsonValue> assertStatusArray(Reply reply) {
        assertEquals(200, reply.status(), reply::describe);
        return reply.jsonArray();
    }

    private static List<String> owners(JsonObject service) {
        return service.getJsonArray("owners").stream()
                .map(owner -> owner.asJsonObject().getString("username")).toList();
    }
}
