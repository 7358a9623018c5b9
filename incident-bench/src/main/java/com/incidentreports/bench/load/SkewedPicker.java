package com.incidentreports.bench.load;

import java.util.SplittableRandom;

/**
 * Draws positions in a list ordered oldest to newest the way people open reports from chat and e-mail: most of them
 * ({@code hotShare}) go to the newest few ({@code hotFraction} of the list), the rest to any report at all.
 */
public final class SkewedPicker {

    private final int size;
    private final int hotSize;
    private final double hotShare;

    public SkewedPicker(int size, double hotFraction, double hotShare) {
        if (size < 1) {
            throw new IllegalArgumentException("Nothing to pick from: there is no published report.");
        }
        this.size = size;
        this.hotSize = Math.max(1, (int) Math.round(size * hotFraction));
        this.hotShare = hotShare;
    }

    /** The realistic mix: 80% of requests to the newest 5%. */
    public static SkewedPicker recentHot(int size) {
        return new SkewedPicker(size, 0.05, 0.8);
    }

    /** A position in {@code 0 … size - 1}; higher is newer. */
    public int next(SplittableRandom random) {
        return random.nextDouble() < hotShare ? size - 1 - random.nextInt(hotSize) : random.nextInt(size);
    }

    public int hotSize() {
        return hotSize;
    }
}
