package com.incidentreports.bench.report;

import com.incidentreports.bench.load.TargetResult;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/benchmarks.md}: the newest run on top and every earlier run below it under "Previous runs", each
 * between markers so the next run can move it down without touching its figures; people's notes on the findings,
 * between markers of their own, stay where they are.
 */
public final class BenchmarkPage {

    static final String RUN_START = "<!-- benchmark run -->";
    static final String RUN_END = "<!-- end of benchmark run -->";

    static final String NOTES_START = "<!-- notes -->";
    static final String NOTES_END = "<!-- end of notes -->";

    private static final Pattern NOTES = Pattern.compile(Pattern.quote(NOTES_START) + ".*?"
            + Pattern.quote(NOTES_END), Pattern.DOTALL);
    private static final Pattern RUN = Pattern.compile(Pattern.quote(RUN_START) + ".*?" + Pattern.quote(RUN_END),
            Pattern.DOTALL);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final String INTRO = """
            # Benchmarks

            How Incident Reports holds up for a company that has used it for years (issue #6): 100,000 reports across a
            few hundred services, a few thousand staff who open reports from links in chat and e-mail — mostly the
            same week's. Measured by `incident-bench/run` (see the README's "Benchmark" section), which generates the
            data into PostgreSQL, starts a server of its own, signs 32 people in through the sign-in form and keeps
            them busy, one page or endpoint after another.

            **Goals** (2 cores, PostgreSQL, 100,000 reports, 32 people at once): every page and endpoint p95 ≤ 100 ms
            and no errors; the report page ≤ 6 SQL statements, list pages ≤ 2; the JSON report at ≥ 40% of the ping's
            throughput, the report page at ≥ 15%; ready ≤ 8 s after `server start`; resident memory ≤ 512 MB after the
            load.

            How to read the figures: each target runs closed-loop — every simulated person sends the next request as
            soon as the last one answered — so throughput is what the server manages at that concurrency, and the
            ping (no database, no page) is the ceiling of the server and the machine. Report ids are drawn as people
            follow links: 80% of requests go to the newest 5% of reports. SQL statements are counted for one request
            each by the server's diagnostics (`incidents.diagnostics=true`).

            This file is written by the benchmark: the newest run comes first, earlier runs are kept below it. Only
            the notes between the markers below are kept as people write them.
            """;

    private BenchmarkPage() {
    }

    /** The page with {@code run} on top, and the runs of {@code existingPage} (if any) under "Previous runs". */
    public static String withNewRun(String existingPage, RunRecord run) {
        return withNewRun(existingPage, render(run));
    }

    static String withNewRun(String existingPage, String newRun) {
        List<String> earlier = new ArrayList<>();
        Matcher runs = RUN.matcher(existingPage == null ? "" : existingPage);
        while (runs.find()) {
            earlier.add(runs.group());
        }
        Matcher notes = NOTES.matcher(existingPage == null ? "" : existingPage);
        StringBuilder page = new StringBuilder(INTRO).append('\n')
                .append(notes.find() ? notes.group() : NOTES_START + "\n" + NOTES_END).append('\n')
                .append("\n## Latest run\n\n").append(newRun).append('\n');
        if (!earlier.isEmpty()) {
            page.append("\n## Previous runs\n");
            earlier.forEach(run -> page.append('\n').append(run).append('\n'));
        }
        return page.toString();
    }

    static String render(RunRecord run) {
        StringBuilder text = new StringBuilder(RUN_START).append('\n');
        text.append("### ").append(WHEN.format(run.when())).append(", commit ").append(run.commit()).append("\n\n");
        Machine machine = run.machine();
        text.append("- Machine: ").append(machine.cores()).append(" cores (").append(machine.processor())
                .append("), ").append(String.format("%,d", machine.memoryMegabytes())).append(" MB memory, ")
                .append(machine.os()).append("; load average ").append(machine.loadAverage())
                .append(" when the run began")
                .append(Double.parseDouble(orZero(machine.loadAverage())) >= 0.5
                        ? " — a shared machine: other work ran beside the benchmark, so the figures are conservative."
                        : ".")
                .append('\n');
        text.append("- JDK: ").append(machine.jdk()).append('\n');
        text.append("- Database: ").append(run.database()).append('\n');
        text.append("- Data: ").append(run.data()).append('\n');
        text.append("- Load: ").append(run.load()).append('\n');
        text.append("- Command: `").append(run.command()).append("`\n\n");

        double ping = run.results().stream().filter(result -> result.target().isPing()).findFirst()
                .map(TargetResult::throughput).orElse(Double.NaN);
        text.append("| target | requests/s | of ping | p50 | p95 | p99 | errors | SQL statements |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (TargetResult result : run.results()) {
            text.append(String.format("| %s | %.0f | %s | %s | %s | %s | %d | %s |%n", result.target().name(),
                    result.throughput(), Goals.percent(result.throughput() / ping),
                    Goals.millis(result.latencies().percentileMillis(50)),
                    Goals.millis(result.latencies().percentileMillis(95)),
                    Goals.millis(result.latencies().percentileMillis(99)), result.errors(),
                    result.statements().isPresent() ? String.valueOf(result.statements().getAsInt()) : "–"));
        }
        text.append(String.format("%nReady %.1f s after `server start`; resident memory after the load %d MB.%n%n",
                run.readySeconds(), run.residentMegabytes()));
        long missed = run.checks().stream().filter(check -> !check.met()).count();
        text.append(missed == 0 ? "Every goal met.\n\n" : missed + " goal(s) missed.\n\n");
        text.append("| figure | measured | goal | |\n|---|---:|---:|---|\n");
        for (Check check : run.checks()) {
            text.append("| ").append(check.figure()).append(" | ").append(check.measured()).append(" | ")
                    .append(check.goal()).append(" | ").append(check.verdict()).append(" |\n");
        }
        return text.append(RUN_END).toString();
    }

    private static String orZero(String number) {
        return number.matches("\\d+(\\.\\d+)?") ? number : "0";
    }
}
