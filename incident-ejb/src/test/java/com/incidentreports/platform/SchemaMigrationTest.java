package com.incidentreports.platform;

import com.incidentreports.action.ActionChange;
import com.incidentreports.action.FollowUpAction;
import com.incidentreports.action.ReminderRun;
import com.incidentreports.audit.AuditEntry;
import com.incidentreports.discussion.Comment;
import com.incidentreports.discussion.CommentRevision;
import com.incidentreports.discussion.PostLike;
import com.incidentreports.discussion.Watch;
import com.incidentreports.identity.User;
import com.incidentreports.notification.Notification;
import com.incidentreports.notification.NotificationSettings;
import com.incidentreports.notification.OutboxMail;
import com.incidentreports.report.Report;
import com.incidentreports.servicelog.Service;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Liquibase changelog and the entity mappings describe the same schema: the migrations run on an empty
 * database, then Hibernate boots the application's persistence unit against it and validates every table,
 * column and sequence it maps. A mismatch fails here rather than on the first request in production.
 * <p>
 * Always runs on an in-memory H2 database, the embedded default. With the system property {@code test.db.url}
 * (and {@code test.db.user}, {@code test.db.password}) it also runs on that database, in a schema of its own
 * that it drops afterwards, so a shared database is left as it was found.
 */
class SchemaMigrationTest {

    private static final String PERSISTENCE_UNIT = "incidents";

    @Test
    void migrationsBuildTheSchemaTheEntitiesMapOnH2() throws Exception {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";MODE=Regular";
        // An in-memory H2 database lives as long as a connection to it is open.
        try (Connection keepsTheDatabaseAlive = DriverManager.getConnection(url, "sa", "")) {
            assertMigrationsMatchTheEntities(new Database(url, "sa", "", keepsTheDatabaseAlive.getSchema()));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "test.db.url", matches = ".+")
    void migrationsBuildTheSchemaTheEntitiesMapOnTheConfiguredDatabase() throws Exception {
        String url = System.getProperty("test.db.url");
        String user = System.getProperty("test.db.user", "");
        String password = System.getProperty("test.db.password", "");
        String schema = "schema_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(url, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("create schema " + schema);
            try {
                assertMigrationsMatchTheEntities(new Database(url, user, password, schema));
            } finally {
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static void assertMigrationsMatchTheEntities(Database database) throws Exception {
        migrate(database);
        int appliedChangeSets = appliedChangeSets(database);
        assertTrue(appliedChangeSets > 0, "the changelog applied no change set");

        // Every server start runs the migrations again: they must find nothing left to do.
        migrate(database);
        assertEquals(appliedChangeSets, appliedChangeSets(database), "a second run applied change sets again");

        validateEntitiesAgainst(database);
    }

    /** Migrates over a connection of its own, as each server start does. */
    private static void migrate(Database database) throws Exception {
        try (Connection connection = database.connect()) {
            SchemaMigration.migrate(connection);
        }
    }

    private static int appliedChangeSets(Database database) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from databasechangelog")) {
            count.next();
            return count.getInt(1);
        }
    }

    /**
     * Boots the persistence unit of {@code META-INF/persistence.xml} as the server would, with its own settings
     * and the entities it finds by scanning, but outside the container: its own JDBC connections instead of the
     * server's JTA data source, and schema validation instead of "leave the schema alone". Building the factory
     * throws when a mapped table, column or sequence is missing or has the wrong type.
     */
    private static void validateEntitiesAgainst(Database database) {
        Map<String, Object> outsideTheContainer = Map.of(
                AvailableSettings.JAKARTA_TRANSACTION_TYPE, "RESOURCE_LOCAL",
                AvailableSettings.JTA_PLATFORM, NoJtaPlatform.class.getName(),
                AvailableSettings.JAKARTA_JDBC_URL, database.url(),
                AvailableSettings.JAKARTA_JDBC_USER, database.user(),
                AvailableSettings.JAKARTA_JDBC_PASSWORD, database.password(),
                AvailableSettings.DEFAULT_SCHEMA, database.schema(),
                AvailableSettings.HBM2DDL_AUTO, "validate");
        EntityManagerFactory factory = new HibernatePersistenceProvider()
                .createEntityManagerFactory(PERSISTENCE_UNIT, outsideTheContainer);
        assertNotNull(factory, "persistence unit " + PERSISTENCE_UNIT + " was not found");
        try {
            // Validation of an empty persistence unit would pass: make sure scanning found the entities.
            Set<Class<?>> mapped = factory.getMetamodel().getEntities().stream()
                    .map(EntityType::getJavaType)
                    .collect(Collectors.toSet());
            assertTrue(mapped.containsAll(Set.of(User.class, Service.class, Report.class, Comment.class,
                            CommentRevision.class, PostLike.class, Watch.class, Notification.class,
                            NotificationSettings.class, OutboxMail.class, FollowUpAction.class,
                            ActionChange.class, ReminderRun.class, AuditEntry.class)),
                    "the persistence unit maps only " + mapped);
        } finally {
            factory.close();
        }
    }

    /** A database account and the schema that the migrations and the validation use in it. */
    private record Database(String url, String user, String password, String schema) {

        Connection connect() throws SQLException {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setSchema(schema);
            return connection;
        }
    }
}
