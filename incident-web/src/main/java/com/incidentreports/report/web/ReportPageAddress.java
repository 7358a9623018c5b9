package com.incidentreports.report.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The page of one report is {@code report.xhtml}, while its address stays {@code /reports/{id}}, beside the API's
 * {@code /api/v1/reports/{id}}: requests there, the page's own form posts included, are handed to the page with the
 * report's id as its path parameter. A servlet rather than a filter, so every filter of the request has run first.
 */
@WebServlet(ReportPageAddress.ADDRESS + "/*")
public class ReportPageAddress extends HttpServlet {

    /** Where people find a report. */
    static final String ADDRESS = "/reports";
    /** The page's view, as Faces names it. */
    static final String VIEW = "/report.xhtml";

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // The id as it was sent, still encoded, as a dispatcher path must be.
        String id = request.getRequestURI().substring(request.getContextPath().length() + ADDRESS.length());
        request.getRequestDispatcher("/report" + id).forward(request, response);
    }
}
