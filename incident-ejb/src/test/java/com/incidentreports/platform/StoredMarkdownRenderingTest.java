package com.incidentreports.platform;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Migration 006 fills the HTML of what was saved before the HTML was stored: sections, and comments with their
 * mentions linked; removed comments keep none.
 */
class StoredMarkdownRenderingTest {

    @Test
    void rendersTheSectionsAndCommentsSavedBeforeTheHtmlWasStored() throws Exception {
        String url = "jdbc:h2:mem:rendering-" + UUID.randomUUID() + ";MODE=Regular";
        // An in-memory H2 database lives as long as a connection to it is open; migrating closes its own.
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            SchemaMigration.migrate(DriverManager.getConnection(url, "sa", ""));
            sql.execute("insert into app_user (id, username, display_name, created_at) values"
                    + " (1, 'manish', 'Manish', current_timestamp), (2, 'gja', 'Gja', current_timestamp)");
            sql.execute("insert into service (id, name, slug, created_at) values (1, 'Payments', 'payments',"
                    + " current_timestamp)");
            sql.execute("insert into report (id, title, service_id, severity, status, started_at, incident_md,"
                    + " cause_md, created_at, updated_at, updated_by) values (7, 'Down', 1, 'SEV2', 'PUBLISHED',"
                    + " current_timestamp, 'The *queue* filled', null, current_timestamp, current_timestamp, 1)");
            sql.execute("insert into report_comment (id, report_id, depth, author_id, body_md, mentions, status,"
                    + " created_at) values (1, 7, 0, 1, 'Ask @gja', 'gja', 'VISIBLE', current_timestamp),"
                    + " (2, 7, 0, 2, null, null, 'DELETED', current_timestamp)");

            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new StoredMarkdownRendering().execute(database);

            try (ResultSet report = sql.executeQuery("select incident_html, cause_html from report")) {
                report.next();
                assertEquals("<p>The <em>queue</em> filled</p>\n", report.getString(1));
                assertNull(report.getString(2));
            }
            try (ResultSet comments = sql.executeQuery("select body_html from report_comment order by id")) {
                comments.next();
                assertEquals("<p>Ask <a href=\"/people/gja\" rel=\"noopener noreferrer nofollow\">&#64;gja</a></p>\n",
                        comments.getString(1));
                comments.next();
                assertNull(comments.getString(1));
            }
        }
    }
}
