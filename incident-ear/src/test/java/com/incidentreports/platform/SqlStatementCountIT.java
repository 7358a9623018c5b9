package com.incidentreports.platform;

import com.incidentreports.testsupport.Deployments;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What pages and API calls cost in SQL statements, and that the cost does not grow with the number of reports: the
 * N+1 queries a list or a report page could fall into. Counted by the server's diagnostics (X-Diagnostics-Id).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SqlStatementCountIT {

    private static final int MORE_REPORTS = 30;

    private JsonObject service;
    private long serviceId;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @BeforeEach
    void serviceWithOneReport() {
        service = TestData.service().create();
        serviceId = service.getJsonNumber("id").longValue();
        TestData.report(serviceId).published().create();
    }

    @Test
    void aReportCostsAtMostSixStatementsHoweverManyReportsThereAre() {
        long id = TestData.report(serviceId).published().create().getJsonNumber("id").longValue();
        assertAtMost(6, "/api/v1/reports/" + id);

        addMoreReports();

        assertAtMost(6, "/api/v1/reports/" + id);
    }

    @Test
    void theReportPageCostsAtMostSixStatementsHoweverManyReportsThereAre() {
        long id = TestData.report(serviceId).published().create().getJsonNumber("id").longValue();
        assertAtMost(6, "/reports/" + id);

        addMoreReports();

        assertAtMost(6, "/reports/" + id);
    }

    @Test
    void reportListsCostAtMostTwoStatementsHoweverManyReportsThereAre() {
        assertListsCostAtMostTwo();

        addMoreReports();

        assertListsCostAtMostTwo();
    }

    @Test
    void anUnknownDiagnosticsIdIsNotFound() {
        assertProblem(404, Server.as(AUTHOR).get("/api/v1/diagnostics/sql-statements/" + TestData.uniqueWord()));
    }

    private void assertListsCostAtMostTwo() {
        assertAtMost(2, "/");
        assertAtMost(2, "/services/" + service.getString("slug"));
        assertAtMost(2, "/api/v1/reports");
        assertAtMost(2, "/api/v1/reports?service=" + serviceId);
        assertAtMost(2, "/api/v1/reports?service=" + service.getString("slug") + "&size=100");
    }

    private void addMoreReports() {
        long before = reportsOfTheService();
        for (int i = 0; i < MORE_REPORTS; i++) {
            TestData.report(serviceId).published().create();
        }
        assertEquals(before + MORE_REPORTS, reportsOfTheService());
    }

    private long reportsOfTheService() {
        return assertStatus(200, Server.as(AUTHOR).get("/api/v1/reports?service=" + serviceId))
                .getJsonNumber("total").longValue();
    }

    /**
     * Requests {@code path} as the author, with a diagnostics id, and asks the server what it cost. A page the
     * server redirects to (/ to /index) is what is counted: it sends the same id again.
     */
    private static void assertAtMost(int statements, String path) {
        String diagnosticsId = UUID.randomUUID().toString();
        Reply reply = Server.as(AUTHOR).page(path, "X-Diagnostics-Id", diagnosticsId);
        assertEquals(200, reply.status(), reply::describe);

        JsonObject cost = assertStatus(200,
                Server.as(AUTHOR).get("/api/v1/diagnostics/sql-statements/" + diagnosticsId));
        int counted = cost.getInt("statements");
        assertTrue(counted > 0, () -> path + " was counted as costing no statement at all: is the counter on?");
        assertTrue(counted <= statements, () -> path + " cost " + counted + " SQL statements; at most "
                + statements + " are allowed");
    }
}
