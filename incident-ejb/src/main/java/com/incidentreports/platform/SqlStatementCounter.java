package com.incidentreports.platform;

import org.hibernate.BaseSessionEventListener;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, so a request can say what it cost. Hibernate
 * creates one of these per session ({@code hibernate.session.events.auto}); the count is per thread because a
 * request may use several sessions, one per transaction.
 */
public class SqlStatementCounter extends BaseSessionEventListener {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    /** Starts counting from zero on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements prepared on this thread since the last {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }

    @Override
    public void jdbcPrepareStatementStart() {
        COUNT.get()[0]++;
    }
}
