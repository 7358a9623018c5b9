package com.incidentreports.action;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Actions opened and closed per week (Monday to Sunday in the viewer's time zone) over the last weeks, oldest
 * first, the current week last: whether the backlog grows.
 */
public final class WeeklyBacklog {

    public static final int WEEKS = 12;

    /** One week: the Monday it starts on, how many actions were opened and how many closed in it. */
    public record Week(LocalDate start, int opened, int closed) implements Serializable {
    }

    private WeeklyBacklog() {
    }

    /** The Monday of the earliest of the {@code weeks} weeks that end with the week of {@code today}. */
    public static LocalDate firstMonday(LocalDate today, int weeks) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    }

    public static List<Week> buckets(Collection<Instant> opened, Collection<Instant> closed, LocalDate today,
                                     ZoneId zone, int weeks) {
        LocalDate first = firstMonday(today, weeks);
        int[] openedPerWeek = count(opened, first, zone, weeks);
        int[] closedPerWeek = count(closed, first, zone, weeks);
        List<Week> result = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            result.add(new Week(first.plusWeeks(i), openedPerWeek[i], closedPerWeek[i]));
        }
        return result;
    }

    private static int[] count(Collection<Instant> times, LocalDate first, ZoneId zone, int weeks) {
        int[] counts = new int[weeks];
        for (Instant time : times) {
            if (time == null) {
                continue;
            }
            long week = Math.floorDiv(ChronoUnit.DAYS.between(first, time.atZone(zone).toLocalDate()), 7);
            if (week >= 0 && week < weeks) {
                counts[(int) week]++;
            }
        }
        return counts;
    }
}
