package com.incidentreports.platform.web;

import com.incidentreports.platform.SqlStatementCounter;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Counts the SQL statements of each request that sends {@value SqlStatementLog#HEADER}, so that tests and
 * benchmarks can check what a page or an API call costs: {@code GET /api/v1/diagnostics/sql-statements/{id}}.
 * Does nothing unless diagnostics are switched on.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SqlStatementDiagnostics extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private SqlStatementLog log;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request.getHeader(SqlStatementLog.HEADER);
        if (!log.isEnabled() || !SqlStatementLog.isValidId(id)) {
            chain.doFilter(request, response);
            return;
        }
        log.started(id);
        SqlStatementCounter.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            log.finished(id, SqlStatementCounter.count());
        }
    }
}
