package com.incidentreports.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * How many SQL statements the requests that asked for it ({@value #HEADER}) cost, kept in memory for the last
 * {@value #CAPACITY} of them. Only on when {@code incidents.diagnostics} is true: tests and benchmarks switch it on,
 * production leaves it off.
 */
@ApplicationScoped
public class SqlStatementLog {

    public static final String HEADER = "X-Diagnostics-Id";

    public static final int CAPACITY = 1_000;

    /** A client may read a count while the request's filter is still finishing it: wait this long for it. */
    private static final long WAIT_MILLIS = 5_000;

    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final Map<String, CompletableFuture<Integer>> counts = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Integer>> eldest) {
            return size() > CAPACITY;
        }
    };

    @Inject
    @ConfigProperty(name = "incidents.diagnostics", defaultValue = "false")
    private boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether {@code id} may name a request: short, and nothing that could confuse a log or a URL. */
    public static boolean isValidId(String id) {
        return id != null && VALID_ID.matcher(id).matches();
    }

    /** The request {@code id} has started; readers of its count wait until {@link #finished} records it. */
    void started(String id) {
        synchronized (counts) {
            counts.put(id, new CompletableFuture<>());
        }
    }

    void finished(String id, int statements) {
        CompletableFuture<Integer> count;
        synchronized (counts) {
            count = counts.get(id);
        }
        if (count != null) {
            count.complete(statements);
        }
    }

    /** The statements of request {@code id}; empty when diagnostics are off or no such request was recorded. */
    public Optional<Integer> statementsOf(String id) {
        if (!enabled) {
            return Optional.empty();
        }
        CompletableFuture<Integer> count;
        synchronized (counts) {
            count = counts.get(id);
        }
        if (count == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(count.get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
