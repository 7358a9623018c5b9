package com.incidentreports.bench.server;

import com.incidentreports.bench.DatabaseAddress;
import com.incidentreports.bench.generate.Staff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's own Liberty server, {@code incidents-bench}: created by the build ({@code -Pbench}) from the same
 * runtime, configuration and EAR as every other server, and given here its ports, its database, diagnostics on, no
 * demo data, and the generated people it signs in as registry users, so each simulated person is someone real.
 */
public final class BenchServer {

    /** Generous: on a machine shared with other builds a start has taken more than three minutes. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Path wlp;
    private final String name;
    private final int httpPort;
    private final int httpsPort;

    public BenchServer(Path wlp, String name, int httpPort, int httpsPort) {
        this.wlp = wlp;
        this.name = name;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    private Path directory() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    /** Writes the server's settings and the registry users {@code 1 … staff}; the server must be stopped. */
    public void configure(DatabaseAddress database, int staff) throws IOException {
        if (!Files.isDirectory(directory())) {
            throw new IllegalStateException("There is no server " + directory() + ": build it with "
                    + "./mvnw -DskipTests -Pbench package (incident-bench/run does).");
        }
        Files.writeString(directory().resolve("bootstrap.properties"), String.join("\n",
                "# Written by incident-bench for each run.",
                "http.port=" + httpPort,
                "https.port=" + httpsPort,
                "http.host=127.0.0.1",
                "db.kind=" + database.kind(),
                "db.url=" + database.url(),
                "db.user=" + database.user(),
                "db.password=" + database.password(),
                "incidents.diagnostics=true",
                "incidents.demo-data=never",
                ""));
        Path overrides = directory().resolve("configDropins/overrides");
        Files.createDirectories(overrides);
        Files.writeString(overrides.resolve("bench-staff.xml"), registry(staff));
    }

    /**
     * The generated people added to the demo registry as users. Only users: a second definition of the demo's groups
     * would be refused by the registry (CWWKS3105E), and the people the load signs in need no role beyond STAFF.
     */
    static String registry(int staff) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by incident-bench: generated people, so that each simulated person signs in as someone. -->
                <server>
                    <basicRegistry id="demo">
                """);
        for (int number = 1; number <= staff; number++) {
            xml.append("        <user name=\"").append(Staff.username(number)).append("\" password=\"")
                    .append(Staff.PASSWORD).append("\"/>\n");
        }
        return xml.append("    </basicRegistry>\n</server>\n").toString();
    }

    /** Runs {@code server start} and waits until {@code /health/ready} says UP; returns the seconds it took. */
    public double startAndAwaitReady() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUrl().resolve("/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    start.waitFor(1, TimeUnit.MINUTES);
                    return seconds;
                }
            } catch (IOException notListeningYet) {
                // The port opens only part-way through start-up: keep polling.
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IOException("The server " + name + " was not ready after " + READY_TIMEOUT.toMinutes()
                + " minutes; see " + directory().resolve("logs/messages.log"));
    }

    /** The resident memory of the server's Java process (VmRSS), in megabytes. */
    public long residentMegabytes() throws IOException {
        String pid = Files.readString(wlp.resolve("usr/servers/.pid").resolve(name + ".pid")).trim();
        try (var lines = Files.lines(Path.of("/proc", pid, "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .orElseThrow(() -> new IOException("/proc/" + pid + "/status has no VmRSS"));
        }
    }

    public void stop() throws IOException, InterruptedException {
        Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        stop.waitFor(2, TimeUnit.MINUTES);
    }
}
