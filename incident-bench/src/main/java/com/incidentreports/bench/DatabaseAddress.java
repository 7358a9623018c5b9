package com.incidentreports.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the benchmark's database is: PostgreSQL (the measured set-up) or an embedded H2 file. */
public record DatabaseAddress(String url, String user, String password) {

    /** The dedicated benchmark database; never the test or development ones. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/bench";

    public static final Set<String> OPTIONS = Set.of("db-url", "db-user", "db-password");

    public static DatabaseAddress from(Arguments arguments) {
        return new DatabaseAddress(arguments.string("db-url", DEFAULT_URL), arguments.string("db-user", "postgres"),
                arguments.string("db-password", ""));
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The value of the server's {@code db.kind} variable for this database. */
    public String kind() {
        return isPostgreSql() ? "postgresql" : "h2";
    }

    /** PostgreSQL's "invalid catalog name": the database does not exist. */
    private static final String NO_SUCH_DATABASE = "3D000";

    /** jdbc:postgresql://host:port/name?options: everything before the name, the name, and the rest. */
    private static final Pattern POSTGRESQL_URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]+)(.*)");

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * Connects, first creating the PostgreSQL database (through the server's maintenance database {@code postgres})
     * if it does not exist yet, so that the benchmark runs on a fresh machine without a {@code createdb} of its own.
     * An H2 file database is created by connecting anyway.
     */
    public Connection connectCreatingIfMissing() throws SQLException {
        try {
            return connect();
        } catch (SQLException e) {
            Matcher parts = POSTGRESQL_URL.matcher(url);
            if (!NO_SUCH_DATABASE.equals(e.getSQLState()) || !parts.matches()) {
                throw e;
            }
            String name = parts.group(2);
            try (Connection maintenance = DriverManager.getConnection(parts.group(1) + "postgres" + parts.group(3),
                    user, password); var statement = maintenance.createStatement()) {
                statement.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
            }
            System.out.println("[bench] Created the database " + name + ".");
            return connect();
        }
    }
}
