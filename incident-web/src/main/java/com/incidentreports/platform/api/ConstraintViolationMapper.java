package com.incidentreports.platform.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures, with the rejected fields (400). */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {
}
