package com.incidentreports.platform.api;

import com.incidentreports.platform.BusinessException;

import jakarta.ws.rs.ext.Provider;

/** Expected failures of the services: invalid input (400), forbidden (403), not found (404), conflict (409). */
@Provider
public class BusinessExceptionMapper extends ProblemMapper<BusinessException> {
}
