package com.incidentreports.bench.load;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Something the benchmark measures: a page or an endpoint, the path each request takes (drawn per request), the
 * path whose SQL statements are counted, and the goals it must meet besides the ones every target has.
 *
 * @param name           short, for tables and logs
 * @param path           the path of one request, drawn from {@code random}
 * @param countedPath    the path whose SQL statements are counted; {@code null} for targets that use no database
 * @param maxStatements  the most SQL statements one request may cost
 * @param minShareOfPing the least throughput allowed, as a share of the ping's
 */
public record Target(String name, Function<SplittableRandom, String> path, String countedPath,
                     OptionalInt maxStatements, OptionalDouble minShareOfPing) {

    /** The baseline every other throughput is compared with. */
    public static final String PING = "ping";

    public boolean isPing() {
        return PING.equals(name);
    }
}
