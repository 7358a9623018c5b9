package com.incidentreports.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date before anything uses it. The changelog is the only place the schema is
 * defined; Liquibase's lock keeps two servers starting at once from migrating twice.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/incidents")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("The database schema could not be brought up to date: " + e.getMessage(), e);
        }
    }

    /** Applies every pending change set of the changelog over {@code connection}. */
    public static void migrate(Connection connection) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (Liquibase liquibase = new Liquibase(CHANGELOG,
                new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()), database)) {
            liquibase.update();
            LOG.info("Database schema is up to date.");
        } catch (Exception e) {
            if (e instanceof LiquibaseException liquibaseException) {
                throw liquibaseException;
            }
            throw new LiquibaseException(e);
        }
    }
}
