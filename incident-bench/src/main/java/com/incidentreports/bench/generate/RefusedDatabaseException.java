package com.incidentreports.bench.generate;

/** The database holds data the generator did not write; the message says what and what to do instead. */
public class RefusedDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefusedDatabaseException(String message) {
        super(message);
    }
}
