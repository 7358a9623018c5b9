package com.incidentreports.bench.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The tables the database holds now. The generator fills only the tables that exist, so it works on every version of
 * the schema: parts for features still to come (comments, action items) simply wait for their tables.
 */
public final class Schema {

    private final Set<String> tables;

    private Schema(Set<String> tables) {
        this.tables = tables;
    }

    public static Schema of(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (var rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String schema = rows.getString("TABLE_SCHEM");
                if (schema == null || "public".equalsIgnoreCase(schema)) {
                    tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return new Schema(tables);
    }

    public boolean has(String table) {
        return tables.contains(table.toLowerCase(Locale.ROOT));
    }

    public boolean hasAll(Iterable<String> wanted) {
        for (String table : wanted) {
            if (!has(table)) {
                return false;
            }
        }
        return true;
    }
}
