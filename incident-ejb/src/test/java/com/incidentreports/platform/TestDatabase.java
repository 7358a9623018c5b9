package com.incidentreports.platform;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform;
import org.hibernate.jpa.HibernatePersistenceProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A database account and the schema that the schema tests migrate and check in it: a fresh in-memory H2 database
 * (the embedded default), or a throw-away schema in the database the system property {@code test.db.url} names
 * (with {@code test.db.user} and {@code test.db.password}), which {@link #close()} drops again, so a shared
 * database is left as it was found.
 */
record TestDatabase(String url, String user, String password, String schema, AutoCloseable onClose)
        implements AutoCloseable {

    static final String URL_PROPERTY = "test.db.url";
    static final String PERSISTENCE_UNIT = "incidents";

    /** A new in-memory H2 database; it lives until {@link #close()}, as long as one connection to it is open. */
    static TestDatabase h2() throws SQLException {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";MODE=Regular";
        Connection keepsTheDatabaseAlive = DriverManager.getConnection(url, "sa", "");
        return new TestDatabase(url, "sa", "", keepsTheDatabaseAlive.getSchema(), keepsTheDatabaseAlive);
    }

    /** A new schema in the configured database, if one is configured. */
    static Optional<TestDatabase> configured() throws SQLException {
        String url = System.getProperty(URL_PROPERTY, "");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String user = System.getProperty("test.db.user", "");
        String password = System.getProperty("test.db.password", "");
        String schema = "schema_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(url, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("create schema " + schema);
        }
        return Optional.of(new TestDatabase(url, user, password, schema, () -> {
            try (Connection admin = DriverManager.getConnection(url, user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("drop schema " + schema + " cascade");
            }
        }));
    }

    /**
     * Boots the persistence unit of {@code META-INF/persistence.xml} as the server would, with its own settings
     * and the entities it finds by scanning, but outside the container: its own JDBC connections instead of the
     * server's JTA data source, and schema validation instead of "leave the schema alone". Throws when a mapped
     * table, column or sequence is missing or has the wrong type; {@code null} if there is no such unit.
     */
    EntityManagerFactory validatedPersistenceUnit() {
        Map<String, Object> outsideTheContainer = Map.of(
                AvailableSettings.JAKARTA_TRANSACTION_TYPE, "RESOURCE_LOCAL",
                AvailableSettings.JTA_PLATFORM, NoJtaPlatform.class.getName(),
                AvailableSettings.JAKARTA_JDBC_URL, url,
                AvailableSettings.JAKARTA_JDBC_USER, user,
                AvailableSettings.JAKARTA_JDBC_PASSWORD, password,
                AvailableSettings.DEFAULT_SCHEMA, schema,
                AvailableSettings.HBM2DDL_AUTO, "validate");
        return new HibernatePersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT, outsideTheContainer);
    }

    /** A connection of its own, in the schema. */
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setSchema(schema);
        return connection;
    }

    @Override
    public void close() throws Exception {
        onClose.close();
    }
}
