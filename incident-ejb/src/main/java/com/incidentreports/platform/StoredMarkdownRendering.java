package com.incidentreports.platform;

import com.incidentreports.discussion.Comment;
import com.incidentreports.report.Report;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Migration 006: stores the safe HTML of every report section and comment saved before the HTML was stored beside
 * the Markdown, rendered by the same rules the entities use when they are saved. Reads and writes in batches by id,
 * so a database of millions of comments is filled without holding them all.
 */
public class StoredMarkdownRendering implements CustomTaskChange {

    private static final int BATCH = 500;

    private int reports;
    private int comments;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            reports = renderReports(connection);
            comments = renderComments(connection);
        } catch (SQLException e) {
            throw new CustomChangeException("The stored Markdown could not be rendered: " + e.getMessage(), e);
        }
    }

    private static int renderReports(Connection connection) throws SQLException {
        int rendered = 0;
        long after = 0;
        try (PreparedStatement read = connection.prepareStatement("""
                select id, incident_md, cause_md, affected_md, prevention_md from report
                where id > ? order by id fetch first %d rows only""".formatted(BATCH));
             PreparedStatement write = connection.prepareStatement("""
                     update report set incident_html = ?, cause_html = ?, affected_html = ?, prevention_html = ?
                     where id = ?""")) {
            while (true) {
                read.setLong(1, after);
                int inBatch = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        for (int column = 2; column <= 5; column++) {
                            write.setString(column - 1, Report.sectionHtml(rows.getString(column)));
                        }
                        write.setLong(5, after);
                        write.addBatch();
                        inBatch++;
                    }
                }
                if (inBatch == 0) {
                    return rendered;
                }
                write.executeBatch();
                rendered += inBatch;
            }
        }
    }

    private static int renderComments(Connection connection) throws SQLException {
        int rendered = 0;
        long after = 0;
        try (PreparedStatement read = connection.prepareStatement("""
                select id, body_md, mentions from report_comment
                where id > ? and body_md is not null order by id fetch first %d rows only""".formatted(BATCH));
             PreparedStatement write = connection.prepareStatement(
                     "update report_comment set body_html = ? where id = ?")) {
            while (true) {
                read.setLong(1, after);
                int inBatch = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        String mentions = rows.getString(3);
                        List<String> mentioned = mentions == null || mentions.isBlank() ? List.of()
                                : Arrays.asList(mentions.split(" "));
                        write.setString(1, Comment.bodyHtml(rows.getString(2), mentioned));
                        write.setLong(2, after);
                        write.addBatch();
                        inBatch++;
                    }
                }
                if (inBatch == 0) {
                    return rendered;
                }
                write.executeBatch();
                rendered += inBatch;
            }
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Stored the HTML of " + reports + " reports and " + comments + " comments";
    }

    @Override
    public void setUp() {
        // Nothing to prepare: the connection comes with execute.
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // Reads no files.
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
