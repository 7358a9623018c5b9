package com.incidentreports.bench;

import com.incidentreports.bench.generate.DataGenerator;
import com.incidentreports.bench.generate.GeneratedDataGuard;
import com.incidentreports.bench.generate.RefusedDatabaseException;
import com.incidentreports.bench.generate.Scale;
import com.incidentreports.bench.generate.Schema;
import com.incidentreports.bench.load.LoadDriver;
import com.incidentreports.bench.load.LoadDriver.LoadSettings;
import com.incidentreports.bench.load.TargetResult;
import com.incidentreports.bench.load.Workload;
import com.incidentreports.bench.report.BenchmarkPage;
import com.incidentreports.bench.report.Check;
import com.incidentreports.bench.report.Goals;
import com.incidentreports.bench.report.Machine;
import com.incidentreports.bench.report.RunRecord;
import com.incidentreports.bench.server.BenchServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole benchmark in one run: empty the benchmark database, generate the company, start the benchmark's server
 * and time it to ready, put it under load, read its memory, stop it, and write the figures into
 * {@code docs/benchmarks.md} with each checked against its goal. {@code incident-bench/run} builds and calls this.
 */
public final class BenchmarkRun {

    private static final Set<String> OPTIONS = Set.of("reports", "seed", "liberty", "server", "http-port",
            "https-port", "docs", "commit", "command", "max-errors", "generate");

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> known = new HashSet<>(OPTIONS);
        known.addAll(DatabaseAddress.OPTIONS);
        known.addAll(LoadDriver.OPTIONS);
        Arguments arguments = Arguments.parse(Arrays.asList(args), known);
        Machine machine = Machine.current();
        DatabaseAddress database = DatabaseAddress.from(arguments);
        Scale scale = Scale.ofReports(arguments.integer("reports", 100_000, 1));
        BenchServer server = new BenchServer(Path.of(arguments.string("liberty", "incident-ear/target/liberty/wlp")),
                arguments.string("server", "incidents-bench"), arguments.integer("http-port", 9380, 1),
                arguments.integer("https-port", 9743, 1));
        LoadSettings load = LoadSettings.from(arguments, server.baseUrl());

        // --generate false measures the company a previous run generated (same --reports and --seed) again.
        if (!"false".equals(arguments.string("generate", "true"))) {
            emptyDatabase(database);
            DataGenerator.generate(database, scale, arguments.integer("seed", 42, 0));
        } else {
            log("Measuring the data already in " + database.url() + ".");
        }
        Workload workload;
        String databaseVersion;
        try (Connection connection = database.connect()) {
            workload = Workload.read(connection, load.users());
            databaseVersion = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }

        server.stop(); // a server left running by an interrupted run would make the start-up time meaningless
        server.configure(database, load.users());
        List<TargetResult> results;
        double readySeconds;
        long residentMegabytes;
        try {
            readySeconds = server.startAndAwaitReady();
            log(String.format("Ready %.1f s after server start.", readySeconds));
            results = LoadDriver.measure(load, workload);
            residentMegabytes = server.residentMegabytes();
        } finally {
            server.stop();
        }

        List<Check> checks = Goals.check(results, readySeconds, residentMegabytes);
        RunRecord run = new RunRecord(Instant.now(), arguments.string("commit", "unknown"), machine, databaseVersion,
                String.format("%,d reports (%,d published), %,d services, %,d staff", scale.reports(),
                        workload.publishedReports(), scale.services(), scale.users()),
                arguments.string("command", "incident-bench/run"),
                String.format("%d people signed in at once; per target %d s warm-up, then %d s measured",
                        load.users(), load.warmup().toSeconds(), load.duration().toSeconds()),
                results, readySeconds, residentMegabytes, checks);
        Path docs = Path.of(arguments.string("docs", "docs/benchmarks.md"));
        Files.createDirectories(docs.toAbsolutePath().getParent());
        String existing = Files.exists(docs) ? Files.readString(docs) : "";
        Files.writeString(docs, BenchmarkPage.withNewRun(existing, run));

        log("Goals:");
        checks.forEach(check -> log(String.format("  %-6s %-45s %12s  (goal %s)", check.verdict(), check.figure(),
                check.measured(), check.goal())));
        log("Written to " + docs + ".");

        // A smoke run (CI) asks to fail when requests failed; the figures are written first, to show which.
        long errors = results.stream().mapToLong(TargetResult::errors).sum();
        int maxErrors = arguments.integer("max-errors", Integer.MAX_VALUE, 0);
        if (errors > maxErrors) {
            results.stream().filter(result -> result.errors() > 0).forEach(result -> log(String.format(
                    "%d failed request(s) of %s, the first: %s", result.errors(), result.target().name(),
                    result.firstError())));
            log(String.format("%d request(s) failed; --max-errors allows %d.", errors, maxErrors));
            System.exit(2);
        }
    }

    /**
     * Starts from an empty schema, so the migrations run from scratch exactly as on a new installation — but only on
     * a database holding nothing but generated data.
     */
    private static void emptyDatabase(DatabaseAddress database) throws SQLException {
        try (Connection connection = database.connectCreatingIfMissing()) {
            var refusal = GeneratedDataGuard.refusal(connection, Schema.of(connection));
            if (refusal.isPresent()) {
                throw new RefusedDatabaseException(refusal.get());
            }
            try (var statement = connection.createStatement()) {
                if (database.isPostgreSql()) {
                    statement.execute("drop schema public cascade");
                    statement.execute("create schema public");
                } else {
                    statement.execute("drop all objects");
                }
            }
        }
        log("Emptied " + database.url() + ".");
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }
}
