package com.incidentreports.platform.web;

import com.incidentreports.platform.DatabaseUnreachable;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A page that failed because the database cannot be reached answers 503 with {@link DatabaseUnreachablePage}
 * instead of the error page for 500 (which itself needs the database for its header). The API answers such failures
 * in its exception mappers, and the sign-in machinery before any filter runs; this catches what pages let through.
 */
@WebFilter(filterName = "DatabaseUnreachableFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = DispatcherType.REQUEST)
public class DatabaseUnreachableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseUnreachable.in(failure) || response.isCommitted()) {
                throw failure;
            }
            // Whatever the page had written before it failed goes; the headers (the security policy) stay.
            response.resetBuffer();
            DatabaseUnreachablePage.send(request, response);
        }
    }
}
