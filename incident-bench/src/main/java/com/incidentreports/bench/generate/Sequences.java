package com.incidentreports.bench.generate;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Moves the id sequences past the generated ids, so the application's own inserts do not collide with them.
 * Hibernate's pooled optimizer takes the value a sequence hands out as the top of a block of {@code increment}
 * ids ({@code value - increment + 1 … value}), so the next value must be at least a whole block above the highest id.
 */
final class Sequences {

    private Sequences() {
    }

    /** The value the sequence must hand out next when {@code maxId} is taken and it counts in {@code increment}s. */
    static long nextValueAfter(long maxId, long increment) {
        return maxId + 2 * increment;
    }

    /** Advances {@code sequence}, the one {@code table}'s ids come from, if the schema has it. */
    static void advance(Connection connection, String table, String sequence, boolean postgreSql)
            throws SQLException {
        Long increment = increment(connection, sequence);
        if (increment == null) {
            return;
        }
        long maxId;
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rows.next();
            maxId = rows.getLong(1);
        }
        long next = nextValueAfter(maxId, increment);
        try (var statement = connection.createStatement()) {
            // setval(…, v, true) makes the next value v + increment; H2 restarts at exactly the value given.
            statement.execute(postgreSql ? "select setval('" + sequence + "', " + (next - increment) + ", true)"
                    : "alter sequence " + sequence + " restart with " + next);
        }
    }

    private static Long increment(Connection connection, String sequence) throws SQLException {
        try (var statement = connection.prepareStatement(
                "select increment from information_schema.sequences where lower(sequence_name) = ?")) {
            statement.setString(1, sequence);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Long.valueOf(rows.getString(1)) : null;
            }
        }
    }
}
