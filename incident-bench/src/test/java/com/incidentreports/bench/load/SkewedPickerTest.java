package com.incidentreports.bench.load;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkewedPickerTest {

    @Test
    void mostRequestsGoToTheNewestFewReports() {
        SkewedPicker picker = SkewedPicker.recentHot(100_000);
        SplittableRandom random = new SplittableRandom(1);
        int draws = 200_000;
        int hot = 0;
        for (int i = 0; i < draws; i++) {
            int position = picker.next(random);
            assertTrue(position >= 0 && position < 100_000);
            if (position >= 100_000 - picker.hotSize()) {
                hot++;
            }
        }
        assertEquals(5_000, picker.hotSize());
        // 80% aimed at the hot set, plus the 5% of the other 20% that land there anyway: 81%.
        double share = (double) hot / draws;
        assertTrue(share > 0.80 && share < 0.82, "hot share " + share);
    }

    @Test
    void oldReportsAreStillOpenedSometimes() {
        SkewedPicker picker = SkewedPicker.recentHot(1_000);
        SplittableRandom random = new SplittableRandom(2);
        long old = java.util.stream.IntStream.range(0, 10_000).map(i -> picker.next(random)).filter(p -> p < 500)
                .count();

        assertTrue(old > 800 && old < 1_200, "old: " + old);
    }

    @Test
    void aSingleReportIsAlwaysTheOnePickedAndNoneIsAnError() {
        assertEquals(0, SkewedPicker.recentHot(1).next(new SplittableRandom(3)));
        assertThrows(IllegalArgumentException.class, () -> SkewedPicker.recentHot(0));
    }
}
