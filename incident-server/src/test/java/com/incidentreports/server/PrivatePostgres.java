package com.incidentreports.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PostgreSQL cluster of the test's own, made with the machine's {@code initdb} in a temporary folder and served on
 * a free port of 127.0.0.1, so that a test may stop and start it without touching the shared server on 5432. The
 * server refuses to run as root: there (as in CI) its commands run as the {@code postgres} user, who owns the folder.
 */
final class PrivatePostgres {

    static final String USER = "postgres";

    private final Path bin;
    private final Path dataDir;
    final int port;

    private PrivatePostgres(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A new cluster, started, with trust authentication for {@value #USER} on 127.0.0.1 only. */
    static PrivatePostgres start() throws Exception {
        Path bin = newestBin();
        Path dataDir = Files.createTempDirectory("incidents-private-postgres-");
        if (isRoot()) {
            run(List.of("chown", USER + ":", dataDir.toString()), false);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PrivatePostgres postgres = new PrivatePostgres(bin, dataDir, port);
        postgres.pg(List.of(bin.resolve("initdb").toString(), "-D", dataDir.resolve("data").toString(),
                "-U", USER, "-A", "trust", "--no-sync", "-E", "UTF8"));
        postgres.startAgain();
        return postgres;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Starts the stopped cluster and waits until it takes connections. */
    void startAgain() throws Exception {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dataDir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    /** Stops it as an operator's restart would: connections are cut at once ({@code -m fast}). */
    void stop() throws Exception {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-w", "-m", "fast",
                "stop"));
    }

    /** Stops it if it runs and removes its folder. */
    void destroy() throws Exception {
        try {
            if (Files.exists(dataDir.resolve("data/postmaster.pid"))) {
                stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private void pg(List<String> command) throws Exception {
        List<String> asPostgres = new ArrayList<>();
        if (isRoot()) {
            asPostgres.addAll(List.of("runuser", "-u", USER, "--"));
        }
        asPostgres.addAll(command);
        run(asPostgres, true);
    }

    private static void run(List<String> command, boolean inTmp) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (inTmp) {
            // The postgres user may not enter the build's folder.
            builder.directory(Path.of(System.getProperty("java.io.tmpdir")).toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest of the machine's PostgreSQL versions (Debian keeps each in /usr/lib/postgresql/<version>/bin). */
    private static Path newestBin() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        assertTrue(Files.isDirectory(versions), "PostgreSQL's server programs are not installed in " + versions);
        try (Stream<Path> each = Files.list(versions)) {
            return each.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> versionOf(bin.getParent())))
                    .orElseThrow(() -> new AssertionError("No initdb under " + versions));
        }
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
