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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
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

    @Test
    void migrationsBuildTheSchemaTheEntitiesMapOnH2() throws Exception {
        try (TestDatabase database = TestDatabase.h2()) {
            assertMigrationsMatchTheEntities(database);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = TestDatabase.URL_PROPERTY, matches = ".+")
    void migrationsBuildTheSchemaTheEntitiesMapOnTheConfiguredDatabase() throws Exception {
        try (TestDatabase database = TestDatabase.configured().orElseThrow()) {
            assertMigrationsMatchTheEntities(database);
        }
    }

    private static void assertMigrationsMatchTheEntities(TestDatabase database) throws Exception {
        migrate(database);
        int appliedChangeSets = appliedChangeSets(database);
        assertTrue(appliedChangeSets > 0, "the changelog applied no change set");

        // Every server start runs the migrations again: they must find nothing left to do.
        migrate(database);
        assertEquals(appliedChangeSets, appliedChangeSets(database), "a second run applied change sets again");

        validateEntitiesAgainst(database);
    }

    /** Migrates over a connection of its own, as each server start does. */
    private static void migrate(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            SchemaMigration.migrate(connection);
        }
    }

    private static int appliedChangeSets(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from databasechangelog")) {
            count.next();
            return count.getInt(1);
        }
    }

    /** Building the factory throws when a mapped table, column or sequence is missing or has the wrong type. */
    private static void validateEntitiesAgainst(TestDatabase database) {
        EntityManagerFactory factory = database.validatedPersistenceUnit();
        assertNotNull(factory, "persistence unit " + TestDatabase.PERSISTENCE_UNIT + " was not found");
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
}
