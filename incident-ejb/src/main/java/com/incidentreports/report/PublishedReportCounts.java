package com.incidentreports.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many published reports open to all staff match a filter, remembered for a short while: the same number for
 * everyone, as restricted reports are counted per person, never here. Counting the published reports of a
 * company with years of history reads a hundred thousand index entries, on every view of the home page; the number
 * changes only when a report is written. Forgotten at once when this server saves a report; a report saved on
 * another server shows in the totals here within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class PublishedReportCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    /** Filters by title words are endless: past this many remembered counts, start again. */
    private static final int MAX_FILTERS = 1_000;

    private final Map<ReportFilter, Count> counts = new ConcurrentHashMap<>();

    /** The count of {@code filter}, if one was taken within {@link #FRESH_FOR}. */
    public OptionalLong find(ReportFilter filter) {
        Count count = counts.get(filter);
        return count == null || System.nanoTime() - count.takenAt() > FRESH_FOR.toNanos() ? OptionalLong.empty()
                : OptionalLong.of(count.value());
    }

    public void remember(ReportFilter filter, long published) {
        if (counts.size() >= MAX_FILTERS) {
            counts.clear();
        }
        counts.put(filter, new Count(published, System.nanoTime()));
    }

    /**
     * A report was written or changed: every remembered count may be wrong now. After the transaction, not before:
     * a count taken in between would still miss the report.
     */
    void created(@Observes(during = TransactionPhase.AFTER_COMPLETION) ReportCreated created) {
        counts.clear();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ReportChanged changed) {
        counts.clear();
    }

    private record Count(long value, long takenAt) {
    }
}
