package com.incidentreports.platform;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, the network to it cut), as opposed to
 * a fault of the request or the server. The one place that tells: the API answers such a failure 503, the pages a
 * plain page saying so, and the sign-in machinery never turns it into a refusal. The database's failure arrives
 * wrapped (in {@code EJBException}, {@code PersistenceException}, Hibernate's exceptions, the servlet's), so the whole
 * chain of causes is searched.
 */
public final class DatabaseUnreachable {

    /** SQLState class 08: connection exception (SQL standard; PostgreSQL and H2 use it for a lost connection). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /** Guards against cause chains that loop or never end. */
    private static final int MAX_CAUSES = 32;

    private DatabaseUnreachable() {
    }

    /** True if {@code failure} or any of its causes says that the database could not be reached. */
    public static boolean in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable each = failure; each != null && seen.size() < MAX_CAUSES && seen.add(each);
             each = each.getCause()) {
            if (isConnectionFailure(each)) {
                return true;
            }
            if (each instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.size() < MAX_CAUSES
                        && seen.add(next); next = next.getNextException()) {
                    if (isConnectionFailure(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof JDBCConnectionException || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException) {
            return true;
        }
        return failure instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
    }
}
