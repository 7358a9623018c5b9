package com.incidentreports.servicelog;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.ApiAssertions.fieldMessage;
import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service API: opening service logs and listing them. */
@ApplicationTest
class ServiceApiIT {

    private static final String SERVICES = "/api/v1/services";

    @Test
    void anAuthorOpensAServiceLogThatEveryoneThenSees() {
        String word = TestData.uniqueWord();
        Reply created = Server.as(AUTHOR).post(SERVICES,
                TestData.service().named("Payments Gateway " + word).describedAs("Card payments.").body());

        JsonObject service = assertStatus(201, created);
        assertEquals("Payments Gateway " + word, service.getString("name"));
        assertEquals("payments-gateway-" + word, service.getString("slug"));
        assertEquals("Card payments.", service.getString("description"));
        assertEquals(0, service.getInt("reportCount"));
        assertTrue(created.header("Location").endsWith(SERVICES + "/payments-gateway-" + word), created::describe);

        assertEquals(service, assertStatus(200, Server.as(STAFF).get(SERVICES + "/payments-gateway-" + word)));
        boolean listed = Server.as(STAFF).get(SERVICES).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(each -> each.getString("slug").equals("payments-gateway-" + word));
        assertTrue(listed, "The new service is in the list");
    }

    @Test
    void theListCountsPublishedReportsOnly() {
        JsonObject service = TestData.service().create();
        long id = service.getJsonNumber("id").longValue();
        TestData.report(id).published().create();
        TestData.report(id).create();

        JsonObject listed = assertStatus(200, Server.as(STAFF).get(SERVICES + "/" + service.getString("slug")));
        assertEquals(1, listed.getInt("reportCount"));
    }

    @Test
    void aNameCanBeTakenOnlyOnce() {
        String name = TestData.unique("Search Cluster");
        TestData.service().named(name).create();

        JsonObject sameName = assertProblem(400, Server.as(ADMIN).post(SERVICES,
                TestData.service().named(name.toUpperCase(Locale.ROOT)).body()));
        assertEquals("A service with this name already exists.", fieldMessage(sameName, "name"));
        assertEquals("A service with this name already exists.", sameName.getString("detail"));
    }

    @Test
    void aNameIsRequired() {
        JsonObject problem = assertProblem(400, Server.as(AUTHOR).post(SERVICES, TestData.service().named(" ").body()));
        assertEquals("Give the service a name.", fieldMessage(problem, "name"));

        JsonObject onlyPunctuation = assertProblem(400, Server.as(AUTHOR).post(SERVICES,
                TestData.service().named("!!!").body()));
        assertEquals("A service name needs at least one letter or digit.", fieldMessage(onlyPunctuation, "name"));

        assertProblem(400, Server.as(AUTHOR).post(SERVICES, "null"));
        assertProblem(400, Server.as(AUTHOR).post(SERVICES, "{\"name\": "));
        assertProblem(400, Server.as(AUTHOR).post(SERVICES, "{\"name\": [\"a\"]}"));
    }

    @Test
    void aNameHasAtMost120Characters() {
        JsonObject problem = assertProblem(400, Server.as(AUTHOR).post(SERVICES,
                TestData.service().named("n" + TestData.uniqueWord() + "n".repeat(120)).body()));
        assertEquals("A service name can be at most 120 characters.", fieldMessage(problem, "name"));
    }

    @Test
    void staffWhoAreNotAuthorsCannotOpenServiceLogs() {
        assertProblem(403, Server.as(STAFF).post(SERVICES, TestData.service().body()));
        assertProblem(403, Server.as(QA_LEAD).post(SERVICES, TestData.service().body()));
    }

    @Test
    void anUnknownServiceIsNotFound() {
        assertProblem(404, Server.as(STAFF).get(SERVICES + "/" + TestData.uniqueWord()));
    }

    @Test
    void servicesNeedSignIn() {
        assertProblem(401, Server.anonymous().get(SERVICES));
    }
}
