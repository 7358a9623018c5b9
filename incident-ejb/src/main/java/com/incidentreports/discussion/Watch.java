package com.incidentreports.discussion;

import com.incidentreports.identity.User;
import com.incidentreports.report.Report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * A person's choice to watch a report, or not to. A report's authors watch it without a row; a row with
 * {@code watching = false} is how anyone, an author included, stops watching, and it stays stopped.
 */
@Entity
@Table(name = "report_watch")
public class Watch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_watch_seq")
    @SequenceGenerator(name = "report_watch_seq", sequenceName = "report_watch_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Column(nullable = false)
    private boolean watching;

    @Version
    private long version;

    protected Watch() {
    }

    public Watch(Report report, User user, boolean watching) {
        this.report = Objects.requireNonNull(report);
        this.user = Objects.requireNonNull(user);
        this.watching = watching;
    }

    public void setWatching(boolean watching) {
        this.watching = watching;
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public User getUser() {
        return user;
    }

    public boolean isWatching() {
        return watching;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Watch watch && id != null && id.equals(watch.id);
    }

    @Override
    public int hashCode() {
        return Watch.class.hashCode();
    }
}
