package com.incidentreports.bench.generate;

import java.sql.SQLException;
import java.util.List;

/**
 * One part of the generated company (services, staff, reports; comments and action items once their tables exist).
 * The generator runs the parts in order and skips any whose tables the schema does not have yet.
 */
interface DatasetPart {

    /** What the part makes, for the progress log. */
    String name();

    /** The tables it fills, parents before children. */
    List<String> tables();

    /** The id sequence of {@code table}: {@code table_seq}, as the migrations mostly name them. */
    default String sequenceOf(String table) {
        return table + "_seq";
    }

    /** Writes the part's rows and tells {@code company} what later parts need. Returns the number of rows. */
    long generate(Company company, Loader loader) throws SQLException;
}
