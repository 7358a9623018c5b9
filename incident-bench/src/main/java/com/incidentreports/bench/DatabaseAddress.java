package com.incidentreports.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;

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

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
