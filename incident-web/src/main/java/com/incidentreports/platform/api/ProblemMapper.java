package com.incidentreports.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a failed request with an {@code application/problem+json} body. One subclass per exception type the REST
 * runtime may otherwise answer by itself; all of them explain the failure the same way ({@link Problems}).
 */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(E failure) {
        return Problems.toResponse(failure, uriInfo.getRequestUri().getRawPath());
    }
}
