package com.incidentreports.platform.api;

import com.incidentreports.platform.web.RequestDenied;
import com.incidentreports.platform.web.ViewerLocale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a failed request with an {@code application/problem+json} body. One subclass per exception type the REST
 * runtime may otherwise answer by itself; all of them explain the failure the same way ({@link Problems}). A request
 * answered 403 (a role the caller lacks, an object rule of a service) is told as {@link RequestDenied}, which the
 * security audit log records.
 */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(E failure) {
        String path = uriInfo.getRequestUri().getRawPath();
        Response response = Problems.toResponse(failure, path,
                CDI.current().select(ViewerLocale.class).get().getLocale());
        if (response.getStatus() == Response.Status.FORBIDDEN.getStatusCode()) {
            // Providers are not CDI beans here (bean discovery is by annotation): fire through the bean manager.
            CDI.current().getBeanManager().getEvent().select(RequestDenied.class)
                    .fire(RequestDenied.of(request, path));
        }
        return response;
    }
}
