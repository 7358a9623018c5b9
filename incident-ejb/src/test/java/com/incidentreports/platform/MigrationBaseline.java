package com.incidentreports.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema as last released, and what a database at it holds: the point every later migration must start from
 * without failing. A database is migrated from empty up to {@link #LAST_CHANGE_SET}, then filled with the demo data
 * (a fixture of SQL) and a generated company ({@link BaselineCompany}), both written for the schema as it is at
 * that change set.
 * <p>
 * On a release the baseline moves forward (docs/architecture.md, "Schema migrations"): {@link #LAST_CHANGE_SET}
 * becomes the release's last change set, and the fixture and the generator learn the tables and columns added
 * since, so that the next release's migrations meet them full.
 */
final class MigrationBaseline {

    /** The last change set of the schema as released; every change set after it is tested over data. */
    static final String LAST_CHANGE_SET = "014-idempotency-keys";

    private static final String DEMO_DATA = "com/incidentreports/platform/baseline-demo-data.sql";

    private MigrationBaseline() {
    }

    /** Writes the demo data and the generated company into {@code connection}'s schema, in one transaction. */
    static void fill(Connection connection) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String insert : statements(demoData())) {
                statement.execute(insert);
            }
        }
        BaselineCompany.write(connection);
        connection.commit();
    }

    private static String demoData() throws IOException {
        try (InputStream in = MigrationBaseline.class.getClassLoader().getResourceAsStream(DEMO_DATA)) {
            if (in == null) {
                throw new IOException(DEMO_DATA + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The statements of a script: split at each semicolon outside a quoted string; comment lines are left out. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (String line : script.split("\n", -1)) {
            if (!quoted && line.startsWith("--")) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                }
                if (c == ';' && !quoted) {
                    statements.add(current.toString().strip());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            current.append('\n');
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException("The script ends inside a statement: " + current);
        }
        return statements;
    }
}
