package com.incidentreports.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;

/** Failures the REST runtime detects itself: no such address (404), method not allowed (405), and the like. */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {
}
