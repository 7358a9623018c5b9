package com.incidentreports.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows for one table of the baseline schema, gathered first and then inserted in batches, so that a table's rows
 * can be written after those of the tables it refers to, whatever order they were made in.
 */
final class BaselineRows {

    private static final int BATCH_SIZE = 500;

    private final String table;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    BaselineRows(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    /** One row: values in the order of the columns; {@code null} for SQL NULL, an {@link Instant} in UTC. */
    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for the " + columns.size() + " columns of "
                    + table);
        }
        rows.add(values.clone());
    }

    /** Inserts the rows gathered. */
    void insertInto(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " ("
                + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")")) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i] instanceof Instant instant
                            ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : row[i]);
                }
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
