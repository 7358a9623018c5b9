package com.incidentreports.bench.generate;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens the fastest way of writing rows the database offers. */
public final class Loader {

    private final Connection connection;
    private final boolean postgreSql;

    public Loader(Connection connection, boolean postgreSql) {
        this.connection = connection;
        this.postgreSql = postgreSql;
    }

    public RowSink into(String table, String... columns) throws SQLException {
        return postgreSql ? new CopyRowSink(connection, table, columns)
                : new BatchInsertRowSink(connection, table, columns);
    }
}
