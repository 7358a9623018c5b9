package com.incidentreports.report;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.AtOnce;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.incidentreports.testsupport.ApiAssertions.assertStatus;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many saves of one report at the same moment, each made to the version its writer read: one of them is saved and
 * every other is told someone saved first (412), round after round, so that no edit silently overwrites another.
 */
@ApplicationTest
class ConcurrentEditsIT {

    private static final int WRITERS = 50;
    private static final int ROUNDS = 4;

    @Test
    void ofFiftySavesOfTheSameVersionExactlyOneIsSaved() throws Exception {
        long serviceId = TestData.service().create().getJsonNumber("id").longValue();
        JsonObject report = TestData.report(serviceId).create();
        String path = "/api/v1/reports/" + report.getJsonNumber("id").longValue();
        String version = Server.as(AUTHOR).get(path).header("ETag");
        String title = report.getString("title");
        for (int round = 1; round <= ROUNDS; round++) {
            String read = version;
            String saving = TestData.unique("Saved in round " + round);
            List<Reply> replies = AtOnce.send(WRITERS, () -> Server.as(AUTHOR).put(path,
                    TestData.report(serviceId).titled(saving).body(), "If-Match", read));

            List<Reply> saved = replies.stream().filter(reply -> reply.status() == 200).toList();
            assertEquals(1, saved.size(), () -> replies.stream().map(Reply::describe).toList().toString());
            assertEquals(WRITERS - 1, replies.stream().filter(reply -> reply.status() == 412).count(),
                    () -> replies.stream().map(Reply::describe).toList().toString());
            version = saved.get(0).header("ETag");
            title = saving;
        }
        assertEquals(title, assertStatus(200, Server.as(AUTHOR).get(path)).getString("title"),
                "the report holds what the last saved write said");
    }
}
