package com.incidentreports.bench.load;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LatencyStatsTest {

    private static final long MILLISECOND = 1_000_000;

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        // 1 ms … 100 ms, shuffled order does not matter.
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * MILLISECOND).toArray();
        LatencyStats stats = LatencyStats.of(nanos);

        assertEquals(100, stats.count());
        assertEquals(50.0, stats.percentileMillis(50));
        assertEquals(95.0, stats.percentileMillis(95));
        assertEquals(99.0, stats.percentileMillis(99));
        assertEquals(100.0, stats.percentileMillis(100));
        assertEquals(1.0, stats.percentileMillis(0.5));
    }

    @Test
    void aSingleSlowRequestShowsOnlyInTheHighPercentiles() {
        long[] nanos = new long[20];
        java.util.Arrays.fill(nanos, 2 * MILLISECOND);
        nanos[7] = 900 * MILLISECOND;
        LatencyStats stats = LatencyStats.of(nanos);

        assertEquals(2.0, stats.percentileMillis(95));
        assertEquals(900.0, stats.percentileMillis(99));
    }

    @Test
    void nothingMeasuredIsZeroAndAPercentileOutOfRangeIsAnError() {
        assertEquals(0.0, LatencyStats.of(new long[0]).percentileMillis(95));
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.of(new long[] {1}).percentileMillis(0));
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.of(new long[] {1}).percentileMillis(101));
    }
}
