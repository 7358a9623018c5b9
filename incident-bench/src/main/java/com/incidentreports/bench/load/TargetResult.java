package com.incidentreports.bench.load;

import java.util.OptionalInt;

/** What one target achieved: throughput over the measured time, latencies, errors, and SQL statements per request. */
public record TargetResult(Target target, long requests, long errors, String firstError, double seconds,
                           LatencyStats latencies, OptionalInt statements) {

    public double throughput() {
        return requests / seconds;
    }

    public TargetResult withStatements(int counted) {
        return new TargetResult(target, requests, errors, firstError, seconds, latencies, OptionalInt.of(counted));
    }
}
