package com.incidentreports.bench.report;

import com.incidentreports.bench.load.TargetResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The goals of issue #6 for a small server (2 cores, PostgreSQL, 100,000 reports, 32 people at once): every page and
 * endpoint answers within 100 ms at the 95th percentile without errors, pages cost few SQL statements, the report
 * keeps up with the ping, and the server starts fast and stays small.
 */
public final class Goals {

    static final double MAX_P95_MILLIS = 100;
    static final double MAX_READY_SECONDS = 8;
    static final long MAX_RESIDENT_MEGABYTES = 512;

    private Goals() {
    }

    public static List<Check> check(List<TargetResult> results, double readySeconds, long residentMegabytes) {
        double ping = results.stream().filter(result -> result.target().isPing()).findFirst()
                .map(TargetResult::throughput).orElse(Double.NaN);
        List<Check> checks = new ArrayList<>();
        for (TargetResult result : results) {
            String name = result.target().name();
            double p95 = result.latencies().percentileMillis(95);
            checks.add(new Check(name + ": p95", millis(p95), "≤ " + millis(MAX_P95_MILLIS), p95 <= MAX_P95_MILLIS));
            checks.add(new Check(name + ": errors", String.valueOf(result.errors()), "0", result.errors() == 0));
            result.target().maxStatements().ifPresent(max -> {
                int statements = result.statements().orElse(Integer.MAX_VALUE);
                checks.add(new Check(name + ": SQL statements", result.statements().isPresent()
                        ? String.valueOf(statements) : "not counted", "≤ " + max, statements <= max));
            });
            result.target().minShareOfPing().ifPresent(min -> {
                double share = result.throughput() / ping;
                checks.add(new Check(name + ": throughput / ping", percent(share), "≥ " + percent(min),
                        share >= min));
            });
        }
        checks.add(new Check("ready after server start", String.format("%.1f s", readySeconds),
                String.format("≤ %.0f s", MAX_READY_SECONDS), readySeconds <= MAX_READY_SECONDS));
        checks.add(new Check("resident memory after the load", residentMegabytes + " MB",
                "≤ " + MAX_RESIDENT_MEGABYTES + " MB", residentMegabytes <= MAX_RESIDENT_MEGABYTES));
        return checks;
    }

    static String millis(double value) {
        return String.format("%.1f ms", value);
    }

    static String percent(double share) {
        return String.format("%.0f%%", share * 100);
    }
}
