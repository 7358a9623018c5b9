package com.incidentreports.action;

import com.incidentreports.report.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    @Test
    void dueDatesDefaultFromTheSeverity() {
        assertEquals(TODAY.plusDays(14), ActionDueDates.STANDARD.defaultFor(Severity.SEV1, TODAY));
        assertEquals(TODAY.plusDays(28), ActionDueDates.STANDARD.defaultFor(Severity.SEV2, TODAY));
        assertEquals(TODAY.plusDays(56), ActionDueDates.STANDARD.defaultFor(Severity.SEV3, TODAY));
        assertNull(ActionDueDates.STANDARD.defaultFor(Severity.SEV4, TODAY));
        assertEquals(TODAY.plusDays(3), new ActionDueDates(Map.of(Severity.SEV1, 3)).defaultFor(Severity.SEV1, TODAY));
        assertNull(new ActionDueDates(Map.of(Severity.SEV1, 3)).defaultFor(Severity.SEV2, TODAY));
    }

    @Test
    void dueSoonIsTodayToTwoDaysAheadAndOverdueIsPast() {
        assertEquals(ActionDeadline.OVERDUE, ActionDeadline.of(TODAY.minusDays(1), TODAY));
        assertEquals(ActionDeadline.DUE_SOON, ActionDeadline.of(TODAY, TODAY));
        assertEquals(ActionDeadline.DUE_SOON, ActionDeadline.of(TODAY.plusDays(2), TODAY));
        assertEquals(ActionDeadline.LATER, ActionDeadline.of(TODAY.plusDays(3), TODAY));
        assertEquals(ActionDeadline.LATER, ActionDeadline.of(null, TODAY));
        assertEquals(8, ActionDeadline.daysOverdue(TODAY.minusDays(8), TODAY));
        assertEquals(0, ActionDeadline.daysOverdue(TODAY.plusDays(8), TODAY));
    }

    @Test
    void onlyOpenActionsAreOverdue() {
        assertTrue(ActionDeadline.isOverdue(ActionStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY));
        assertFalse(ActionDeadline.isOverdue(ActionStatus.DONE, TODAY.minusDays(1), TODAY));
        assertFalse(ActionDeadline.isOverdue(ActionStatus.VERIFIED, TODAY.minusDays(1), TODAY));
    }

    @Test
    void openedAndClosedAreCountedPerWeekFromMonday() {
        ZoneId zone = ZoneOffset.UTC;
        Instant thisMonday = LocalDate.of(2026, 3, 9).atStartOfDay(zone).toInstant();
        Instant lastSunday = thisMonday.minusSeconds(1);
        Instant longAgo = LocalDate.of(2025, 1, 1).atStartOfDay(zone).toInstant();

        List<WeeklyBacklog.Week> weeks = WeeklyBacklog.buckets(List.of(thisMonday, lastSunday, longAgo),
                java.util.Arrays.asList(thisMonday, null), TODAY, zone, 12);

        assertEquals(12, weeks.size());
        assertEquals(LocalDate.of(2025, 12, 22), weeks.get(0).start());
        assertEquals(LocalDate.of(2026, 3, 9), weeks.get(11).start());
        assertEquals(1, weeks.get(11).opened());
        assertEquals(1, weeks.get(11).closed());
        assertEquals(1, weeks.get(10).opened());
        assertEquals(0, weeks.get(10).closed());
        assertEquals(2, weeks.stream().mapToInt(WeeklyBacklog.Week::opened).sum());
    }
}
