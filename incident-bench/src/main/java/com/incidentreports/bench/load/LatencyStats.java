package com.incidentreports.bench.load;

import java.util.Arrays;

/** The latencies of the requests of one target, sorted, and their percentiles. */
public final class LatencyStats {

    private final long[] sortedNanos;

    private LatencyStats(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static LatencyStats of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted);
    }

    public int count() {
        return sortedNanos.length;
    }

    /**
     * The nearest-rank percentile in milliseconds: the smallest latency that {@code percent}% of requests did not
     * exceed. 0 when nothing was measured.
     */
    public double percentileMillis(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile lies in (0, 100], not " + percent);
        }
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}
