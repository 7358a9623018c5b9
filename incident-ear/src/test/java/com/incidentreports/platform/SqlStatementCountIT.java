package com.incidentreports.platform;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.DemoUser;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.incidentreports.testsupport.ApiAssertions.assertProblem;
import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What pages and API calls cost in SQL statements, and that the cost does not grow with the number of reports or
 * the length of a discussion or the number of follow-up actions: the N+1 queries a list or a report page could fall into. Counted by the server's diagnostics (X-Diagnostics-Id).
 */
@ApplicationTest
class SqlStatementCountIT {

    private static final int MORE_REPORTS = 30;
    private static final int MORE_COMMENTS = 500;
    private static final int MORE_ACTIONS = 12;

    private JsonObject service;
    private long serviceId;

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
    void theReportPageCostsAtMostSixStatementsHoweverLongItsDiscussion() {
        JsonObject report = TestData.report(serviceId).published().create();
        long id = report.getJsonNumber("id").longValue();
        JsonObject first = TestData.comment(id).saying("Was this tested by @qalead?").postAs(STAFF);
        TestData.comment(id).saying("Not by hand.").replyingTo(first).postAs(QA_LEAD);
        assertStatus(200, Server.as(QA_LEAD).send("PUT", "/api/v1/comments/" + first.getJsonNumber("id") + "/like"));
        assertStatus(200, Server.as(STAFF).send("PUT", "/api/v1/reports/" + id + "/like"));
        assertAtMost(6, "/reports/" + id);
        assertAtMost(5, "/api/v1/reports/" + id + "/comments");

        addComments(id, MORE_COMMENTS - 1, first);

        String page = assertAtMost(6, "/reports/" + id);
        assertAtMost(5, "/api/v1/reports/" + id + "/comments");
        JsonObject discussion = assertStatus(200, Server.as(AUTHOR).get("/api/v1/reports/" + id + "/comments"));
        assertEquals(MORE_COMMENTS, discussion.getInt("total"));
        assertEquals(50, discussion.getJsonArray("threads").size());
        assertTrue(page.contains("id=\"discussion:loadMore\""), "a long discussion pages on");
    }

    @Test
    void theReportPageCostsAtMostSixStatementsHoweverManyActionsItHas() {
        JsonObject report = TestData.report(serviceId).published().create();
        long id = report.getJsonNumber("id").longValue();
        TestData.comment(id).postAs(STAFF);
        TestData.action(id).createAs(AUTHOR);
        assertAtMost(6, "/reports/" + id);

        for (int i = 0; i < MORE_ACTIONS; i++) {
            JsonObject action = TestData.action(id).ownedBy(i % 2 == 0 ? AUTHOR : QA_LEAD).createAs(QA_LEAD);
            if (i % 3 == 0) {
                assertStatus(200, Server.as(QA_LEAD).post("/api/v1/actions/" + action.getJsonNumber("id")
                        + "/transitions", Json.createObjectBuilder().add("to", "DONE")
                        .add("evidence", Json.createArrayBuilder().add("https://ci.example.com/runs/" + i))
                        .add("note", "Done.").build()));
            }
        }

        String page = assertAtMost(6, "/reports/" + id);
        assertTrue(page.contains("0 of " + (MORE_ACTIONS + 1) + " verified"), "the page counts the verified actions");
    }

    @Test
    void aRestrictedReportCostsTheSameForSomeoneItIsRestrictedTo() {
        assertStatus(200, Server.as(QA_LEAD).get("/api/v1/me"));
        assertStatus(200, Server.as(STAFF).get("/api/v1/me"));
        long id = TestData.report(serviceId).published()
                .with("restriction", Json.createObjectBuilder().add("restricted", true)
                        .add("people", Json.createArrayBuilder().add(QA_LEAD.username()).add(STAFF.username()))
                        .add("groups", Json.createArrayBuilder().add("QA_LEAD").add("sre")).build())
                .create().getJsonNumber("id").longValue();
        TestData.comment(id).saying("Seen by @qalead.").postAs(AUTHOR);
        TestData.action(id).ownedBy(QA_LEAD).createAs(QA_LEAD);

        String page = assertAtMost(QA_LEAD, 6, "/reports/" + id);
        assertTrue(page.contains("Restricted to"), "the page says who it is restricted to");
        assertAtMost(QA_LEAD, 6, "/api/v1/reports/" + id);
        assertAtMost(QA_LEAD, 5, "/api/v1/reports/" + id + "/comments");
        assertAtMost(QA_LEAD, 2, "/api/v1/reports?service=" + serviceId);
        assertAtMost(QA_LEAD, 2, "/services/" + service.getString("slug"));
        assertAtMost(QA_LEAD, 2, "/actions/mine");
    }

    @Test
    void actionListsCostAtMostTwoStatementsHoweverManyActionsThereAre() {
        long id = TestData.report(serviceId).published().create().getJsonNumber("id").longValue();
        TestData.action(id).ownedBy(AUTHOR).createAs(QA_LEAD);
        assertActionListsCostAtMostTwo();

        for (int i = 0; i < MORE_ACTIONS; i++) {
            TestData.action(id).ownedBy(i % 2 == 0 ? AUTHOR : QA_LEAD).createAs(QA_LEAD);
        }

        assertActionListsCostAtMostTwo();
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

    /** {@code count} more top-level comments, from several clients at once; every tenth gets a reply. */
    private static void addComments(long reportId, int count, JsonObject alreadyThere) {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> posted = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean withReply = i % 10 == 0;
                posted.add(clients.submit(() -> {
                    JsonObject comment = TestData.comment(reportId).postAs(STAFF);
                    if (withReply) {
                        TestData.comment(reportId).replyingTo(comment).postAs(QA_LEAD);
                    }
                }));
            }
            for (Future<?> each : posted) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A comment could not be posted", e.getCause());
        } finally {
            clients.shutdownNow();
        }
        assertEquals(count + 1, assertStatus(200, Server.as(STAFF)
                .get("/api/v1/reports/" + reportId + "/comments?size=1")).getInt("total"), alreadyThere::toString);
    }

    private void assertActionListsCostAtMostTwo() {
        assertAtMost(AUTHOR, 2, "/actions/mine");
        assertAtMost(QA_LEAD, 2, "/actions");
        assertAtMost(QA_LEAD, 2, "/api/v1/actions?owner=author&size=100");
        assertAtMost(QA_LEAD, 2, "/services/" + service.getString("slug"));
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
    private static String assertAtMost(int statements, String path) {
        return assertAtMost(AUTHOR, statements, path);
    }

    private static String assertAtMost(DemoUser user, int statements, String path) {
        String diagnosticsId = UUID.randomUUID().toString();
        Reply reply = Server.as(user).page(path, "X-Diagnostics-Id", diagnosticsId);
        assertEquals(200, reply.status(), reply::describe);

        JsonObject cost = assertStatus(200,
                Server.as(AUTHOR).get("/api/v1/diagnostics/sql-statements/" + diagnosticsId));
        int counted = cost.getInt("statements");
        assertTrue(counted > 0, () -> path + " was counted as costing no statement at all: is the counter on?");
        assertTrue(counted <= statements, () -> path + " cost " + counted + " SQL statements; at most "
                + statements + " are allowed");
        return reply.body();
    }
}
