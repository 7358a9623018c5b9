package com.incidentreports.bench.load;

import com.incidentreports.bench.Arguments;
import com.incidentreports.bench.DatabaseAddress;
import com.incidentreports.bench.generate.Staff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load: N signed-in people, each sending the next request as soon as the last one answered, on one
 * target after another — a warm-up whose figures are dropped, then a fixed measured time. After the load, one request
 * per target with a diagnostics id tells what it cost in SQL statements.
 */
public final class LoadDriver {

    public static final Set<String> OPTIONS = Set.of("base-url", "users", "warmup", "duration", "only");

    private static final Pattern STATEMENTS = Pattern.compile("\"statements\"\\s*:\\s*(\\d+)");

    private final List<VirtualUser> users;
    private final Duration warmup;
    private final Duration duration;

    private LoadDriver(List<VirtualUser> users, Duration warmup, Duration duration) {
        this.users = users;
        this.warmup = warmup;
        this.duration = duration;
    }

    /** The load figures as a table on standard output, against a server that is already running. */
    public static void main(String[] args) throws Exception {
        Set<String> known = new HashSet<>(OPTIONS);
        known.addAll(DatabaseAddress.OPTIONS);
        Arguments arguments = Arguments.parse(Arrays.asList(args), known);
        LoadSettings settings = LoadSettings.from(arguments);
        Workload workload;
        try (Connection connection = DatabaseAddress.from(arguments).connect()) {
            workload = Workload.read(connection, settings.users());
        }
        log("Results, with the SQL statements of one request each:");
        measure(settings, workload).forEach(result -> log(describe(result)));
    }

    /** Signs the people in, then measures every target of {@link Targets#of} in turn. */
    public static List<TargetResult> measure(LoadSettings settings, Workload workload)
            throws IOException, InterruptedException {
        log(String.format("Signing in %d people; %,d published reports, the newest %d of them hot.",
                settings.users(), workload.publishedReports(), SkewedPicker.recentHot(workload.publishedReports())
                        .hotSize()));
        List<VirtualUser> users = new ArrayList<>();
        for (String username : workload.usernames()) {
            users.add(VirtualUser.signIn(settings.baseUrl(), username, Staff.PASSWORD));
        }
        LoadDriver driver = new LoadDriver(users, settings.warmup(), settings.duration());
        List<TargetResult> results = new ArrayList<>();
        for (Target target : Targets.of(workload).stream().filter(settings::includes).toList()) {
            driver.run(target, driver.warmup);
            TargetResult result = driver.run(target, driver.duration);
            log(describe(result));
            results.add(result);
        }
        List<TargetResult> counted = new ArrayList<>();
        for (TargetResult result : results) {
            String path = result.target().countedPath();
            counted.add(path == null ? result : result.withStatements(driver.statementsOf(path)));
        }
        return counted;
    }

    private TargetResult run(Target target, Duration time) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        SplittableRandom seeds = new SplittableRandom(target.name().hashCode());
        long start = System.nanoTime();
        long end = start + time.toNanos();
        List<Future<long[]>> latencies = new ArrayList<>();
        for (VirtualUser user : users) {
            SplittableRandom random = seeds.split();
            latencies.add(pool.submit(() -> loop(user, target, random, end, errors, firstError)));
        }
        List<long[]> perUser = new ArrayList<>();
        try {
            for (Future<long[]> future : latencies) {
                perUser.add(future.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A simulated user failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = perUser.stream().flatMapToLong(Arrays::stream).toArray();
        return new TargetResult(target, all.length, errors.get(), firstError.get(), seconds, LatencyStats.of(all),
                OptionalInt.empty());
    }

    /** One person's requests until {@code end}: latencies of the answered ones; failures counted as errors. */
    private static long[] loop(VirtualUser user, Target target, SplittableRandom random, long end, AtomicLong errors,
                               AtomicReference<String> firstError) throws InterruptedException {
        long[] latencies = new long[1024];
        int count = 0;
        while (System.nanoTime() < end) {
            String path = target.path().apply(random);
            long sent = System.nanoTime();
            String error;
            try {
                int status = user.get(path);
                error = status == 200 ? null : "GET " + path + " answered " + status;
            } catch (IOException e) {
                error = "GET " + path + " failed: " + e;
            }
            long latency = System.nanoTime() - sent;
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = latency;
            if (error != null) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, error);
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    /** The SQL statements {@code path} costs, told by the server's diagnostics (incidents.diagnostics=true). */
    private int statementsOf(String path) throws IOException, InterruptedException {
        VirtualUser user = users.get(0);
        String id = "bench-" + UUID.randomUUID();
        HttpResponse<String> answer = user.get(path, "X-Diagnostics-Id", id);
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + answer.statusCode() + " while counting statements");
        }
        HttpResponse<String> cost = user.get("/api/v1/diagnostics/sql-statements/" + id, "Accept", "application/json");
        Matcher statements = STATEMENTS.matcher(cost.body());
        if (cost.statusCode() != 200 || !statements.find()) {
            throw new IOException("The server did not tell the statements of " + path + " (" + cost.statusCode()
                    + "): is incidents.diagnostics=true?");
        }
        return Integer.parseInt(statements.group(1));
    }

    static String describe(TargetResult result) {
        return String.format("%-28s %8.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d%s%s",
                result.target().name(), result.throughput(), result.latencies().percentileMillis(50),
                result.latencies().percentileMillis(95), result.latencies().percentileMillis(99), result.errors(),
                result.statements().isPresent() ? "  statements " + result.statements().getAsInt() : "",
                result.firstError() == null ? "" : "  first error: " + result.firstError());
    }

    private static void log(String line) {
        System.out.println("[load] " + line);
    }

    /**
     * How hard and how long to push, and which targets: all of them, or with {@code --only} those named in its
     * semicolon-separated list ({@code --only "home page;report page, 500+ comments"}: names hold commas), to look
     * into one page, and the ping, which the others are compared with.
     */
    public record LoadSettings(URI baseUrl, int users, Duration warmup, Duration duration, List<String> only) {

        public static LoadSettings from(Arguments arguments) {
            return from(arguments, URI.create(arguments.string("base-url", "http://127.0.0.1:9380/")));
        }

        public static LoadSettings from(Arguments arguments, URI baseUrl) {
            String only = arguments.string("only", "");
            return new LoadSettings(baseUrl,
                    arguments.integer("users", 32, 1), arguments.seconds("warmup", Duration.ofSeconds(10)),
                    arguments.seconds("duration", Duration.ofSeconds(20)),
                    Arrays.stream(only.split(";")).map(String::strip).filter(word -> !word.isEmpty()).toList());
        }

        boolean includes(Target target) {
            return only.isEmpty() || target.isPing() || only.contains(target.name());
        }
    }
}
