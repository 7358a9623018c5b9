package com.incidentreports.markdown;

import com.incidentreports.platform.SchemaMigration;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations fill the HTML of what was saved before the HTML was stored beside the Markdown: 006 for sections
 * and comments (mentions linked, removed comments keep none), 013 for action descriptions. Each runs on a database
 * migrated up to just before it, holding rows as they were saved then.
 */
class StoredMarkdownRenderingTest {

    private String url;
    /** An in-memory H2 database lives as long as a connection to it is open; migrating closes its own. */
    private Connection keepsTheDatabaseAlive;
    private Statement sql;

    @BeforeEach
    void openDatabase() throws SQLException {
        url = "jdbc:h2:mem:rendering-" + UUID.randomUUID() + ";MODE=Regular";
        keepsTheDatabaseAlive = DriverManager.getConnection(url, "sa", "");
        sql = keepsTheDatabaseAlive.createStatement();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        sql.close();
        keepsTheDatabaseAlive.close();
    }

    @Test
    void migration006RendersTheSectionsAndCommentsSavedBefore() throws Exception {
        migrateUpTo("006-rendered-html-fill");
        insertReport();
        sql.execute("insert into report_comment (id, report_id, depth, author_id, body_md, mentions, status,"
                + " created_at) values (1, 7, 0, 1, 'Ask @gja', 'gja', 'VISIBLE', current_timestamp),"
                + " (2, 7, 0, 2, null, null, 'DELETED', current_timestamp)");

        SchemaMigration.migrate(DriverManager.getConnection(url, "sa", ""));

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

    @Test
    void migration013RendersTheActionDescriptionsSavedBefore() throws Exception {
        migrateUpTo("013-action-description-html-column");
        insertReport();
        sql.execute("insert into follow_up_action (id, report_id, title, description_md, action_type, priority,"
                + " status, created_by, created_at, updated_at) values"
                + " (1, 7, 'Alert', 'Alert on **queue depth** <script>x()</script>', 'DETECT', 'P1', 'OPEN', 1,"
                + " current_timestamp, current_timestamp),"
                + " (2, 7, 'Test', null, 'PREVENT', 'P2', 'OPEN', 1, current_timestamp, current_timestamp)");

        SchemaMigration.migrate(DriverManager.getConnection(url, "sa", ""));

        try (ResultSet actions = sql.executeQuery("select description_html from follow_up_action order by id")) {
            actions.next();
            assertEquals("<p>Alert on <strong>queue depth</strong> </p>\n", actions.getString(1));
            actions.next();
            assertNull(actions.getString(1));
        }
    }

    @Test
    void aDatabaseThatApplied006AsFirstShippedStaysValid() throws Exception {
        SchemaMigration.migrate(DriverManager.getConnection(url, "sa", ""));
        // The checksum 006 had while one class of the platform package rendered every column at once.
        sql.execute("update databasechangelog set md5sum = '9:3970ae5e56e17d44f0946f038dc6b941'"
                + " where id = '006-rendered-html-fill'");

        SchemaMigration.migrate(DriverManager.getConnection(url, "sa", ""));
    }

    @Test
    void takesOnlyPlainNamesOfTablesAndColumns() {
        StoredMarkdownRendering rendering = new StoredMarkdownRendering();
        rendering.setTable("report; drop table report");
        rendering.setIdColumn("id");
        rendering.setSourceColumn("incident_md");
        rendering.setHtmlColumn("incident_html");

        List<String> errors = rendering.validate(null).getErrorMessages();

        assertEquals(1, errors.size(), errors::toString);
    }

    /** A user, a service and report 7, written with the columns every version of the schema has. */
    private void insertReport() throws SQLException {
        sql.execute("insert into app_user (id, username, display_name, created_at) values"
                + " (1, 'manish', 'Manish', current_timestamp), (2, 'gja', 'Gja', current_timestamp)");
        sql.execute("insert into service (id, name, slug, created_at) values (1, 'Payments', 'payments',"
                + " current_timestamp)");
        sql.execute("insert into report (id, title, service_id, severity, status, started_at, incident_md,"
                + " cause_md, created_at, updated_at, updated_by) values (7, 'Down', 1, 'SEV2', 'PUBLISHED',"
                + " current_timestamp, 'The *queue* filled', null, current_timestamp, current_timestamp, 1)");
    }

    /** Applies the change sets of the changelog that come before {@code changeSetId}. */
    private void migrateUpTo(String changeSetId) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(DriverManager.getConnection(url, "sa", "")));
        try (Liquibase liquibase = new Liquibase(SchemaMigration.CHANGELOG,
                new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)) {
            List<String> ids = liquibase.getDatabaseChangeLog().getChangeSets().stream().map(ChangeSet::getId)
                    .toList();
            assertTrue(ids.contains(changeSetId), () -> "the changelog has no change set " + changeSetId);
            liquibase.update(ids.indexOf(changeSetId), new Contexts(), new LabelExpression());
        }
    }
}
