package com.incidentreports.platform.web;

import com.incidentreports.platform.api.Problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The answer while the database cannot be reached ({@code platform.DatabaseUnreachable}): 503 with
 * {@code Retry-After}; for the API a problem, for pages a plain page in the application's look that says so and that
 * what the person typed is not lost. The page is written here, not by Faces, so that it needs neither the database
 * (the layout's header asks it who is signed in) nor a script; its words come from the message bundle.
 */
public final class DatabaseUnreachablePage {

    /** Seconds a client is asked to wait before trying again: the connection pool checks connections on reuse. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private static final String BUNDLE = "com.incidentreports.i18n.messages";
    private static final String SERVICE_UNAVAILABLE = "Service Unavailable";

    private DatabaseUnreachablePage() {
    }

    /** Answers {@code request} with 503: a problem on the API, the plain page elsewhere. */
    public static void send(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problem.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE,
                    ResourceBundle.getBundle(BUNDLE, ViewerLocale.ofBrowser(request).locale())
                            .getString("problem.databaseUnreachable"),
                    request.getRequestURI());
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(html(request.getContextPath(), ViewerLocale.ofBrowser(request).locale()));
        } catch (IOException e) {
            // The client has gone; there is no one left to tell.
        }
    }

    static String html(String contextPath, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale);
        String title = escape(words.getString("error.databaseUnreachable.title"));
        String home = escape(contextPath) + "/";
        return "<!DOCTYPE html>\n<html lang=\"" + escape(words.getLocale().getLanguage().isEmpty() ? "en"
                : words.getLocale().getLanguage()) + "\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<link rel=\"icon\" href=\"" + home + "resources/app/favicon.svg\" type=\"image/svg+xml\"/>"
                + "<link rel=\"stylesheet\" href=\"" + home + "resources/app/app.css\"/>"
                + "<title>" + title + " · " + escape(words.getString("app.name")) + "</title></head>"
                + "<body class=\"app\"><header class=\"app-header\"><div class=\"app-header-inner\">"
                + "<a href=\"" + home + "\" class=\"app-brand\"><span class=\"app-brand-mark\" aria-hidden=\"true\">IR"
                + "</span><span>" + escape(words.getString("app.name")) + "</span></a></div></header>"
                + "<main class=\"app-main\"><div class=\"card empty-state\" id=\"database-unreachable\">"
                + "<h1>" + title + "</h1>"
                + "<p>" + escape(words.getString("error.databaseUnreachable.detail")) + "</p>"
                + "<p>" + escape(words.getString("error.databaseUnreachable.kept")) + "</p>"
                + "<p><a href=\"" + home + "\">" + escape(words.getString("error.home")) + "</a></p>"
                + "</div></main></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
