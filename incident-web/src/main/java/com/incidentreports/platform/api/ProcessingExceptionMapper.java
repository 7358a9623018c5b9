package com.incidentreports.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;

/** A request body the REST runtime could not read (400). */
@Provider
public class ProcessingExceptionMapper extends ProblemMapper<ProcessingException> {
}
