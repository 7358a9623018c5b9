package com.incidentreports.bench.load;

import com.incidentreports.bench.generate.GeneratedDataGuard;
import com.incidentreports.bench.generate.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * What the simulated staff ask for, read from the generated database: the published reports oldest to newest with
 * their services, the signed-in people, and the small report whose cost in SQL statements is counted.
 */
public final class Workload {

    /** The size of discussion the benchmark reads as a long one (issue #6: the report page at 500 comments). */
    static final int LONG_DISCUSSION = 500;

    private final long[] reportIds;
    private final String[] serviceSlugs;
    private final SkewedPicker picker;
    private final long smallReportId;
    private final List<String> usernames;
    private final OptionalLong longDiscussionReportId;
    private final boolean actions;

    private Workload(long[] reportIds, String[] serviceSlugs, long smallReportId, List<String> usernames,
                     OptionalLong longDiscussionReportId, boolean actions) {
        this.reportIds = reportIds;
        this.serviceSlugs = serviceSlugs;
        this.picker = SkewedPicker.recentHot(reportIds.length);
        this.smallReportId = smallReportId;
        this.usernames = usernames;
        this.longDiscussionReportId = longDiscussionReportId;
        this.actions = actions;
    }

    /** Reads the workload of {@code users} people from the generated database. */
    public static Workload read(Connection connection, int users) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select r.id, s.slug from report r join service s on s.id = r.service_id"
                     + " where r.status = 'PUBLISHED' order by r.started_at, r.id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                slugs.add(rows.getString(2));
            }
        }
        return new Workload(ids.stream().mapToLong(Long::longValue).toArray(), slugs.toArray(String[]::new),
                smallRecentReport(connection), usernames(connection, users), longDiscussionReport(connection),
                Schema.of(connection).has("follow_up_action"));
    }

    /** Among the newest hundred published reports, the one with the least text: a report nobody discussed. */
    private static long smallRecentReport(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select id from (select id, length(coalesce(incident_md, ''))"
                     + " + length(coalesce(cause_md, '')) + length(coalesce(affected_md, ''))"
                     + " + length(coalesce(prevention_md, '')) as text_length from report"
                     + " where status = 'PUBLISHED' order by started_at desc fetch first 100 rows only) recent"
                     + " order by text_length, id fetch first 1 rows only")) {
            if (!rows.next()) {
                throw new IllegalStateException("The database has no published report: generate data first.");
            }
            return rows.getLong(1);
        }
    }

    /** The newest published report with a discussion of 500 comments or more, once discussions exist. */
    private static OptionalLong longDiscussionReport(Connection connection) throws SQLException {
        if (!Schema.of(connection).has("report_comment")) {
            return OptionalLong.empty();
        }
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select c.report_id from report_comment c join report r"
                     + " on r.id = c.report_id where r.status = 'PUBLISHED' group by c.report_id"
                     + " having count(*) >= " + LONG_DISCUSSION + " order by c.report_id desc fetch first 1 rows only")) {
            return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
        }
    }

    private static List<String> usernames(Connection connection, int users) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var statement = connection.prepareStatement("select username from app_user where username like ?"
                + " order by id fetch first " + users + " rows only")) {
            statement.setString(1, GeneratedDataGuard.PREFIX + "%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        if (names.size() < users) {
            throw new IllegalStateException("Only " + names.size() + " generated people exist for " + users
                    + " simulated users: generate more data or use fewer --users.");
        }
        return names;
    }

    /** A report as staff pick them: mostly this week's. */
    public long recentReport(SplittableRandom random) {
        return reportIds[picker.next(random)];
    }

    /** The service log of a report picked as {@link #recentReport} picks: people go from an incident to its log. */
    public String recentService(SplittableRandom random) {
        return serviceSlugs[picker.next(random)];
    }

    public long smallReportId() {
        return smallReportId;
    }

    /** Whether the database has follow-up actions, and so "My actions" is worth measuring. */
    public boolean hasActions() {
        return actions;
    }

    public OptionalLong longDiscussionReportId() {
        return longDiscussionReportId;
    }

    /** The service of the newest published report. */
    public String busyService() {
        return serviceSlugs[serviceSlugs.length - 1];
    }

    public List<String> usernames() {
        return usernames;
    }

    public int publishedReports() {
        return reportIds.length;
    }
}
