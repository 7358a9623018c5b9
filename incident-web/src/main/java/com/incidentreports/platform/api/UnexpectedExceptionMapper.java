package com.incidentreports.platform.api;

import jakarta.ws.rs.ext.Provider;

/** Everything else: a fault of the server, logged, and answered with a generic 500 without details. */
@Provider
public class UnexpectedExceptionMapper extends ProblemMapper<Throwable> {
}
