package com.incidentreports.audit.web;

import com.incidentreports.platform.web.RequestDenied;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Every page answered "Not allowed" (403, whoever decided it: a page's backing bean, the container) reaches the
 * error page through an error dispatch, which passes here: the audit log hears of it with the path that was asked
 * for. The API answers its 403s itself (its exception mappers tell the audit log) and never comes this way.
 */
@WebFilter(filterName = "DeniedPageFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class DeniedPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private Event<RequestDenied> denials;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN)
                .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            denials.fire(RequestDenied.of(request, path == null ? request.getRequestURI() : path.toString()));
        }
        chain.doFilter(request, response);
    }
}
