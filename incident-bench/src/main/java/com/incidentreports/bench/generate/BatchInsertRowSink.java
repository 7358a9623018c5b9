package com.incidentreports.bench.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;

/** Batched JDBC inserts, for databases without a bulk-load API (the embedded H2). */
final class BatchInsertRowSink implements RowSink {

    private static final int BATCH_SIZE = 1_000;

    private final PreparedStatement insert;
    private int pending;

    BatchInsertRowSink(Connection connection, String table, String... columns) throws SQLException {
        this.insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                + ") values (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
    }

    @Override
    public void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            insert.setObject(i + 1, value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                    : value);
        }
        insert.addBatch();
        if (++pending == BATCH_SIZE) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
        }
        insert.close();
    }
}
