package com.incidentreports.platform;

import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.ServerClock;
import com.incidentreports.testsupport.TestData;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every service tells the time by the application's one clock: standing it at 2026-05-01 07:00 UTC, what people do
 * is dated then, and dates are counted from that day.
 */
@ApplicationTest
class ApplicationClockIT {

    private static final Instant MAY_DAY_MORNING = Instant.parse("2026-05-01T07:00:00Z");

    @RegisterExtension
    final ServerClock clock = new ServerClock();

    @Test
    void whatPeopleDoIsDatedByTheApplicationsClock() {
        long reportId = TestData.publishedReport().getJsonNumber("id").longValue();
        clock.standAt(MAY_DAY_MORNING);

        JsonObject comment = TestData.comment(reportId).saying("Written on the first of May.").postAs(STAFF);
        // A due date long past by the calendar, and the next day by the clock: accepted.
        JsonObject action = TestData.action(reportId).ownedBy(STAFF).with("dueDate", "2026-05-02").createAs(QA_LEAD);

        assertEquals(MAY_DAY_MORNING.toString(), comment.getString("createdAt"), comment::toString);
        assertEquals(MAY_DAY_MORNING.toString(), action.getString("createdAt"), action::toString);
        assertFalse(action.getBoolean("overdue"), "due the next day, by the clock");
    }
}
