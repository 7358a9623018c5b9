package com.incidentreports.bench.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the generator away from real data: everything it writes carries {@link #PREFIX}, and a database holding a
 * service or a person without it belongs to someone and is refused.
 */
public final class GeneratedDataGuard {

    public static final String PREFIX = "bench-";

    private static final int EXAMPLES = 5;

    private GeneratedDataGuard() {
    }

    public static boolean isGenerated(String slugOrUsername) {
        return slugOrUsername.startsWith(PREFIX);
    }

    /** Why the database must not be touched, if it holds data the generator did not write. */
    public static Optional<String> refusal(List<String> foreignServiceSlugs, List<String> foreignUsernames) {
        if (foreignServiceSlugs.isEmpty() && foreignUsernames.isEmpty()) {
            return Optional.empty();
        }
        List<String> examples = new ArrayList<>();
        foreignServiceSlugs.forEach(slug -> examples.add("service " + slug));
        foreignUsernames.forEach(username -> examples.add("user " + username));
        return Optional.of("Refusing to generate data: this database holds data the generator did not write ("
                + String.join(", ", examples.subList(0, Math.min(EXAMPLES, examples.size())))
                + "). Generated services and users start with \"" + PREFIX
                + "\". Point --db-url at a database of its own, such as the dedicated \"bench\" database.");
    }

    /** {@link #refusal} for the database behind {@code connection}; a database without our tables is fine. */
    public static Optional<String> refusal(Connection connection, Schema schema) throws SQLException {
        return refusal(foreign(connection, schema, "service", "slug"),
                foreign(connection, schema, "app_user", "username"));
    }

    private static List<String> foreign(Connection connection, Schema schema, String table, String column)
            throws SQLException {
        if (!schema.has(table)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (var statement = connection.prepareStatement("select " + column + " from " + table + " where "
                + column + " not like ? order by " + column + " fetch first " + EXAMPLES + " rows only")) {
            statement.setString(1, PREFIX + "%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
