package com.incidentreports.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The claim of one day's reminders: the server that inserts the day's row sends them; the unique day keeps every
 * other server, and a second run on the same server, from sending them again.
 */
@Entity
@Table(name = "action_reminder_run")
public class ReminderRun {

    @Id
    @Column(name = "run_date")
    private LocalDate day;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected ReminderRun() {
    }

    public ReminderRun(LocalDate day, Instant startedAt) {
        this.day = day;
        this.startedAt = startedAt;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ReminderRun run && day != null && day.equals(run.day);
    }

    @Override
    public int hashCode() {
        return ReminderRun.class.hashCode();
    }
}
