package com.incidentreports.bench.generate;

import com.incidentreports.bench.Arguments;
import com.incidentreports.bench.DatabaseAddress;
import com.incidentreports.platform.SchemaMigration;
import liquibase.exception.LiquibaseException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills a database with a generated company: migrates it with the application's own changelog (as the server does
 * at start-up), refuses it if it holds anything not generated, replaces earlier generated data, loads every part
 * whose tables exist, moves the id sequences past the generated ids, and vacuums and refreshes the planner's
 * statistics.
 */
public final class DataGenerator {

    /** In order: each part builds on those before it. */
    private static final List<DatasetPart> PARTS = List.of(new ServicesPart(), new StaffPart(), new ReportsPart(),
            new DiscussionPart(), new ActionsPart(), new NotificationsPart());

    private static final Set<String> OPTIONS = union(DatabaseAddress.OPTIONS, Set.of("reports", "seed"));

    /** Held so the quieter level is not lost when the logger is collected. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private DataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(Arrays.asList(args), OPTIONS);
        generate(DatabaseAddress.from(arguments), Scale.ofReports(arguments.integer("reports", 100_000, 1)),
                arguments.integer("seed", 42, 0));
    }

    /** Generates the company; fails with {@link RefusedDatabaseException} on a database holding other data. */
    public static void generate(DatabaseAddress database, Scale scale, long seed) throws SQLException, LiquibaseException {
        Instant started = Instant.now();
        try (Connection connection = database.connectCreatingIfMissing()) {
            var refusal = GeneratedDataGuard.refusal(connection, Schema.of(connection));
            if (refusal.isPresent()) {
                throw new RefusedDatabaseException(refusal.get());
            }
        }
        migrate(database);
        try (Connection connection = database.connect()) {
            Schema schema = Schema.of(connection);
            List<DatasetPart> parts = PARTS.stream().filter(part -> schema.hasAll(part.tables())).toList();
            PARTS.stream().filter(part -> !parts.contains(part)).forEach(part ->
                    log("Skipping " + part.name() + ": the schema has no table " + part.tables() + " yet."));

            connection.setAutoCommit(false);
            removeGeneratedData(connection, parts, database.isPostgreSql());
            Company company = new Company(scale, seed, Clock.systemUTC().instant());
            Loader loader = new Loader(connection, database.isPostgreSql());
            for (DatasetPart part : parts) {
                Instant partStarted = Instant.now();
                long rows = part.generate(company, loader);
                for (String table : part.tables()) {
                    Sequences.advance(connection, table, part.sequenceOf(table), database.isPostgreSql());
                }
                log(String.format("%-13s %,10d rows in %s", part.name(), rows, since(partStarted)));
            }
            connection.commit();
            connection.setAutoCommit(true);
            Instant analyzeStarted = Instant.now();
            try (var statement = connection.createStatement()) {
                // A database in use for years has been vacuumed: its visibility map lets counts read indexes alone.
                statement.execute(database.isPostgreSql() ? "vacuum analyze" : "analyze");
            }
            log("Statistics refreshed (VACUUM ANALYZE) in " + since(analyzeStarted));
        }
        log(String.format("Generated %,d reports, %,d services and %,d staff in %s.", scale.reports(),
                scale.services(), scale.users(), since(started)));
    }

    /** The application's changelog, as the server runs it at start-up; Liquibase closes the connection after. */
    private static void migrate(DatabaseAddress database) throws SQLException, LiquibaseException {
        System.setProperty("liquibase.showSummary", "OFF");
        System.setProperty("liquibase.showSummaryOutput", "LOG");
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        Instant started = Instant.now();
        SchemaMigration.migrate(database.connect());
        log("Schema migrated in " + since(started));
    }

    /** Earlier generated data goes, children first; the guard has made sure there is no other data. */
    private static void removeGeneratedData(Connection connection, List<DatasetPart> parts, boolean postgreSql)
            throws SQLException {
        List<String> tables = new ArrayList<>();
        parts.forEach(part -> tables.addAll(part.tables()));
        try (var statement = connection.createStatement()) {
            if (postgreSql) {
                // CASCADE also empties tables the generator does not fill yet but that point at these ones.
                statement.execute("truncate " + String.join(", ", tables) + " cascade");
                return;
            }
            for (int i = tables.size() - 1; i >= 0; i--) {
                statement.execute("delete from " + tables.get(i));
            }
        }
    }

    private static String since(Instant start) {
        Duration elapsed = Duration.between(start, Instant.now());
        return String.format("%.1f s", elapsed.toMillis() / 1000.0);
    }

    private static void log(String line) {
        System.out.println("[generate] " + line);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
