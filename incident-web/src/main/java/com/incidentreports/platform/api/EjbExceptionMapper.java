package com.incidentreports.platform.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.ext.Provider;

/** Failures wrapped by the enterprise bean container, and calls a role may not make (403). */
@Provider
public class EjbExceptionMapper extends ProblemMapper<EJBException> {
}
