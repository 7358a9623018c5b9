package com.incidentreports.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.opentest4j.AssertionFailedError;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An upgrade must not fail on real rows: every change set after the released schema ({@link MigrationBaseline})
 * runs over a database that holds the demo data and a generated company of a thousand reports, not only over an
 * empty one. The database is migrated up to the baseline and filled; then each later change set is applied on its
 * own, and after each every table of the baseline still holds all its rows; at the end a few contents are as they
 * were (texts, Unicode, nulls, times, restrictions) and the application's entities, validated against the upgraded
 * schema, read every row of it. A migration meant to delete rows has to change the row check here, on purpose.
 * <p>
 * Nothing here names a change set after the baseline: a new migration is tested the day it is added. Runs on H2,
 * and with {@code test.db.url} also on that database, in a throw-away schema (see {@link TestDatabase}). The samples
 * in {@code upgrade-samples} show that each check fails a migration that would break an upgrade.
 */
class SchemaMigrationOverDataTest {

    private static final String SAMPLES = "com/incidentreports/platform/upgrade-samples/";

    /** Values read before and after the upgrade, which must be the same. */
    private static final List<String> SPOT_CHECKS = List.of(
            "select title from report where id = 1",
            "select incident_md from report where id = 1",
            "select prevention_html from report where id = 2",
            "select body_md from report_comment where id = " + BaselineCompany.UNICODE_COMMENT,
            "select length(incident_md) from report where id = " + BaselineCompany.LONGEST_REPORT,
            "select display_name from app_user where id = 1001",
            "select group_name from report_restricted_group where report_id = " + BaselineCompany.RESTRICTED_REPORT,
            "select count(*) from report where restricted = true",
            "select count(*) from report where detected_at is null",
            "select count(*) from report_comment where body_md is null",
            "select count(*) from follow_up_action where owner_id is null",
            "select min(started_at) from report",
            "select max(due_date) from follow_up_action");

    @Test
    void everyMigrationAfterTheBaselineRunsOverAFullDatabaseOnH2() throws Exception {
        try (TestDatabase database = TestDatabase.h2()) {
            assertUpgradesOverData(database, SchemaMigration.CHANGELOG);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = TestDatabase.URL_PROPERTY, matches = ".+")
    void everyMigrationAfterTheBaselineRunsOverAFullDatabaseOnTheConfiguredDatabase() throws Exception {
        try (TestDatabase database = TestDatabase.configured().orElseThrow()) {
            assertUpgradesOverData(database, SchemaMigration.CHANGELOG);
        }
    }

    @Test
    void aMigrationThatFailsOnExistingRowsFailsHere() throws Exception {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> upgradeSample("not-null-over-nulls.xml"));
        assertTrue(failure.getMessage().startsWith(
                "Change set sample-not-null-over-nulls fails on a database holding data"), failure.getMessage());
    }

    @Test
    void aMigrationThatLosesRowsFailsHere() throws Exception {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> upgradeSample("deletes-rows.xml"));
        assertTrue(failure.getMessage().startsWith(
                "Change set sample-deletes-rows changed the number of rows in security_audit"), failure.getMessage());
    }

    @Test
    void aMigrationThatLeavesRowsTheApplicationCannotReadFailsHere() throws Exception {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> upgradeSample("renames-severity.xml"));
        assertTrue(failure.getMessage().startsWith("After the upgrade the application cannot read every Report"),
                failure.getMessage());
    }

    @Test
    void aMigrationThatFillsWhatItAddsPasses() throws Exception {
        // The real change sets after the baseline run first; the sample's is the last to run over the data.
        List<String> ran = upgradeSample("adds-filled-column.xml");
        assertEquals("sample-adds-filled-column", ran.get(ran.size() - 1), ran::toString);
    }

    /** Upgrades a fresh, filled H2 database with a sample changelog: the real one and a change set after it. */
    private static List<String> upgradeSample(String changelog) throws Exception {
        try (TestDatabase database = TestDatabase.h2()) {
            return assertUpgradesOverData(database, SAMPLES + changelog);
        }
    }

    /** Returns the change sets that ran over the data. */
    private static List<String> assertUpgradesOverData(TestDatabase database, String changelog) throws Exception {
        List<String> all = ids(pending(database, changelog));
        int baseline = all.indexOf(MigrationBaseline.LAST_CHANGE_SET);
        assertTrue(baseline >= 0, "the changelog has no change set " + MigrationBaseline.LAST_CHANGE_SET);
        apply(database, changelog, baseline + 1);
        try (Connection connection = database.connect()) {
            MigrationBaseline.fill(connection);
        }
        Map<String, Long> rowsBefore = rowCounts(database);
        assertEveryColumnHoldsValues(database);
        Map<String, Object> spotsBefore = spotChecks(database);
        spotsBefore.forEach((query, value) -> assertNotNull(value, "the baseline data has nothing for " + query));

        List<String> later = ids(pending(database, changelog));
        assertEquals(all.subList(baseline + 1, all.size()), later, "the baseline did not stop at its change set");
        for (String changeSet : later) {
            try {
                apply(database, changelog, 1);
            } catch (Exception e) {
                throw new AssertionFailedError("Change set " + changeSet + " fails on a database holding data: "
                        + e.getMessage(), e);
            }
            assertRowsKept(rowsBefore, rowCounts(database), changeSet);
        }
        assertTrue(pending(database, changelog).isEmpty(), "change sets are left after the upgrade");
        assertEquals(spotsBefore, spotChecks(database), "the upgrade changed what the rows hold");
        assertEntitiesReadEveryRow(database, rowsBefore.get("report"));
        return later;
    }

    /**
     * The baseline data leaves no table empty and no column without a value in some row: when the baseline moves
     * forward, this names what the fixture and the generator must learn to fill.
     */
    private static void assertEveryColumnHoldsValues(TestDatabase database) throws SQLException {
        List<String> empty = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, List<String>> table : columns(connection).entrySet()) {
                for (String column : table.getValue()) {
                    try (ResultSet filled = statement.executeQuery("select count(*) from " + table.getKey()
                            + " where " + column + " is not null")) {
                        filled.next();
                        if (filled.getLong(1) == 0) {
                            empty.add(table.getKey() + "." + column);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), empty, "the baseline data has no value in these columns");
    }

    private static void assertRowsKept(Map<String, Long> before, Map<String, Long> after, String changeSet) {
        before.forEach((table, rows) -> {
            if (!after.containsKey(table)) {
                fail("Change set " + changeSet + " dropped table " + table + " holding " + rows + " rows");
            }
            assertEquals(rows, after.get(table), "Change set " + changeSet + " changed the number of rows in " + table);
        });
    }

    /**
     * Boots the persistence unit against the upgraded schema (validating it) and reads every row of every entity,
     * as pages would: a value the entities cannot take (an unknown enum name, a null where a primitive is mapped)
     * fails here, not on a page in production.
     */
    private static void assertEntitiesReadEveryRow(TestDatabase database, long reports) {
        EntityManagerFactory factory = database.validatedPersistenceUnit();
        assertNotNull(factory, "persistence unit " + TestDatabase.PERSISTENCE_UNIT + " was not found");
        try (factory; EntityManager em = factory.createEntityManager()) {
            Map<String, Integer> read = new TreeMap<>();
            for (EntityType<?> entity : factory.getMetamodel().getEntities()) {
                try {
                    read.put(entity.getName(), em.createQuery("select e from " + entity.getName() + " e",
                            entity.getJavaType()).getResultList().size());
                } catch (RuntimeException e) {
                    throw new AssertionFailedError("After the upgrade the application cannot read every "
                            + entity.getName() + ": " + e.getMessage(), e);
                }
                em.clear();
            }
            assertEquals(reports, read.get("Report").longValue(), "reports read through the entities " + read);
        }
    }

    /** The columns of every table but Liquibase's own, by lower-case name. */
    private static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.startsWith("databasechangelog")) {
                    columns.computeIfAbsent(table, name -> new ArrayList<>())
                            .add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /** Row counts of every table but Liquibase's own, by lower-case name. */
    private static Map<String, Long> rowCounts(TestDatabase database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                for (String table : columns(connection).keySet()) {
                    try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                        count.next();
                        counts.put(table, count.getLong(1));
                    }
                }
            }
        }
        assertFalse(counts.isEmpty(), "no tables found in schema " + database.schema());
        return counts;
    }

    private static Map<String, Object> spotChecks(TestDatabase database) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String query : SPOT_CHECKS) {
                try (ResultSet row = statement.executeQuery(query)) {
                    assertTrue(row.next(), "no row for " + query);
                    Object value = row.getObject(1);
                    // Compared as text: both databases hand out their own types for times and numbers.
                    values.put(query, value == null ? null : value instanceof Number number
                            ? Long.valueOf(number.longValue()) : value.toString());
                }
            }
        }
        return values;
    }

    private static List<ChangeSet> pending(TestDatabase database, String changelog) throws Exception {
        try (Liquibase liquibase = liquibase(database, changelog)) {
            return liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
        }
    }

    /** Applies the next {@code count} change sets over a connection of its own, as a server start would. */
    private static void apply(TestDatabase database, String changelog, int count) throws Exception {
        try (Liquibase liquibase = liquibase(database, changelog)) {
            liquibase.update(count, new Contexts(), new LabelExpression());
        }
    }

    /** Closing it closes its connection. */
    private static Liquibase liquibase(TestDatabase database, String changelog) throws SQLException,
            LiquibaseException {
        return new Liquibase(changelog, new ClassLoaderResourceAccessor(SchemaMigrationOverDataTest.class.getClassLoader()),
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(database.connect())));
    }

    private static List<String> ids(List<ChangeSet> changeSets) {
        return changeSets.stream().map(ChangeSet::getId).toList();
    }
}
