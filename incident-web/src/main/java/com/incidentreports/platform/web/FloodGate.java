package com.incidentreports.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Keeps a flood of the same thing (wrong passwords from one address, blocked-content reports from one browser) from
 * filling a log: the first occurrence of a key in a window is let through at once, the rest of that window only
 * counted, and the count told ({@link Overflow}) when the window is over and the next occurrence of anything comes
 * in. At most
 * {@code maxTracked} windows are open at once; beyond that a new key is folded into a broader one
 * ({@code whenFull}), so memory stays bounded whatever a client sends.
 *
 * @param <K> what occurrences are told apart by
 */
public final class FloodGate<K> {

    /** Told how many were only counted. */
    public interface Overflow<K> {

        /** {@code more} occurrences of {@code key} followed the first in the window from {@code start}. */
        void more(K key, int more, Instant start);
    }

    private static final class Window {
        private final Instant start;
        private int more;

        private Window(Instant start) {
            this.start = start;
        }
    }

    private final Duration length;
    private final int maxTracked;
    private final UnaryOperator<K> whenFull;
    private final Overflow<K> overflow;
    private final Map<K, Window> windows = new ConcurrentHashMap<>();
    private volatile Instant lastSweep = Instant.EPOCH;

    public FloodGate(Duration length, int maxTracked, UnaryOperator<K> whenFull, Overflow<K> overflow) {
        this.length = length;
        this.maxTracked = maxTracked;
        this.whenFull = whenFull;
        this.overflow = overflow;
    }

    /**
     * {@code key} happened at {@code now}: the key it is let through under ({@code key}, or the broader one when
     * the tracking is full) if it is the first of its window, nothing if it is only counted.
     */
    public Optional<K> occurred(K key, Instant now) {
        sweep(now);
        K tracked = !windows.containsKey(key) && windows.size() >= maxTracked ? whenFull.apply(key) : key;
        boolean[] first = {false};
        Window[] ended = {null};
        windows.compute(tracked, (k, window) -> {
            if (window == null || isOver(window.start, now)) {
                ended[0] = window;
                first[0] = true;
                return new Window(now);
            }
            window.more++;
            return window;
        });
        if (ended[0] != null) {
            tellMore(tracked, ended[0]);
        }
        return first[0] ? Optional.of(tracked) : Optional.empty();
    }

    /** At most once a window: the windows that are over are forgotten, after saying how many they held. */
    private void sweep(Instant now) {
        if (!isOver(lastSweep, now)) {
            return;
        }
        lastSweep = now;
        for (Map.Entry<K, Window> entry : windows.entrySet()) {
            if (isOver(entry.getValue().start, now) && windows.remove(entry.getKey(), entry.getValue())) {
                tellMore(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Also when {@code now} is before the window began: a clock set back (a test's) must not hold it open. */
    private boolean isOver(Instant start, Instant now) {
        return now.isBefore(start) || !now.isBefore(start.plus(length));
    }

    private void tellMore(K key, Window window) {
        if (window.more > 0) {
            overflow.more(key, window.more, window.start);
        }
    }
}
