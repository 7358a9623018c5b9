package com.incidentreports.bench.generate;

import java.sql.SQLException;

/** Rows on their way into one table, written in batches; {@link #close()} writes what is left. */
public interface RowSink extends AutoCloseable {

    /** One row: values in the order of the columns the sink was opened with; {@code null} for SQL NULL. */
    void add(Object... values) throws SQLException;

    @Override
    void close() throws SQLException;
}
