package com.incidentreports.feed.web;

import com.incidentreports.feed.FeedEntry;
import com.incidentreports.feed.ReportFeed;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.api.Problem;
import com.incidentreports.platform.web.Messages;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Atom feeds of published reports: {@code /feeds/reports.atom}, every report the reader may see, and
 * {@code /feeds/services/{slug}.atom}, one service's log; the newest {@value ReportFeed#SIZE} of each. Feed readers
 * sign in with a feed token in the address or a personal API token (the sign-in mechanism). A reader asking again
 * with the ETag or the Last-Modified time it was given gets 304 Not Modified while nothing it would see changed.
 */
@WebServlet(FeedServlet.PATH + "*")
public class FeedServlet extends HttpServlet {

    static final String PATH = "/feeds/";
    static final String ALL = "reports.atom";
    private static final Pattern SERVICE = Pattern.compile("services/([a-z0-9-]+)\\.atom");
    private static final long serialVersionUID = 1L;

    @EJB
    private ReportFeed feeds;

    @Inject
    @ConfigProperty(name = "incidents.base-url", defaultValue = "http://localhost:9080")
    private String baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String which = request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
        Matcher service = SERVICE.matcher(which);
        String address = baseUrl + PATH + which;
        String author = Messages.text(Locale.ENGLISH, "app.name");
        String body;
        Instant updated;
        if (ALL.equals(which)) {
            List<FeedEntry> entries = feeds.all();
            body = AtomFeed.write(baseUrl, address, Messages.text(Locale.ENGLISH, "feed.all.title"), author, entries);
            updated = AtomFeed.updated(entries);
        } else if (service.matches()) {
            ReportFeed.ServiceFeed log;
            try {
                log = feeds.ofService(service.group(1));
            } catch (NotFoundException e) {
                notFound(request, response);
                return;
            }
            body = AtomFeed.write(baseUrl, address, Messages.text(Locale.ENGLISH, "feed.service.title", log.name()), author,
                    log.entries());
            updated = AtomFeed.updated(log.entries());
        } else {
            notFound(request, response);
            return;
        }
        answer(request, response, body, updated);
    }

    /** The feed, or 304 when the reader's copy (its ETag, else its Last-Modified time) is still what it would get. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, String body,
                               Instant updated) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + sha256(bytes) + "\"";
        long lastModified = updated.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified);
        // What a person may see is theirs: shared caches keep none of it, and every reader asks again.
        response.setHeader("Cache-Control", "private, no-cache");
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean unchanged = ifNoneMatch != null ? matches(ifNoneMatch, etag)
                : notModifiedSince(request, lastModified);
        if (unchanged) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(AtomFeed.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Whether If-None-Match names {@code etag} (weakly compared, RFC 9110) or is "*". */
    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notModifiedSince(HttpServletRequest request, long lastModified) {
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && lastModified <= since;
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response) {
        Problem.send(response, HttpServletResponse.SC_NOT_FOUND, "Not Found",
                "There is no such feed: /feeds/reports.atom has every report, /feeds/services/{slug}.atom one "
                        + "service's log.", request.getRequestURI());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
