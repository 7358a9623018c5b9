package com.incidentreports.action;

import java.io.Serializable;
import java.util.List;

/** The backlog of actions: how many are open, overdue, done but not verified, and the last weeks' flow. */
public record Backlog(long open, long overdue, long doneNotVerified, List<WeeklyBacklog.Week> weeks)
        implements Serializable {

    /** The largest weekly count, for scaling a chart; at least 1. */
    public int peak() {
        return Math.max(1, weeks.stream().mapToInt(week -> Math.max(week.opened(), week.closed())).max().orElse(0));
    }

    public int openedInPeriod() {
        return weeks.stream().mapToInt(WeeklyBacklog.Week::opened).sum();
    }

    public int closedInPeriod() {
        return weeks.stream().mapToInt(WeeklyBacklog.Week::closed).sum();
    }
}
