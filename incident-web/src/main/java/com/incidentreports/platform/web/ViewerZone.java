package com.incidentreports.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The viewer's time zone, as their browser reports it (the {@code tz} cookie set by app.js), and times written in
 * it. Times are stored in UTC; people read and type them in their own zone.
 */
@Named("zone")
@RequestScoped
public class ViewerZone {

    static final String COOKIE = "tz";

    @Inject
    private Clock clock;

    private ZoneId zone;
    private Locale locale;

    public ZoneId getId() {
        if (zone == null) {
            zone = fromCookie();
        }
        return zone;
    }

    /** The zone as people name it: "India Standard Time (Asia/Kolkata)". */
    public String getName() {
        ZoneId id = getId();
        return id.getDisplayName(TextStyle.FULL, locale()) + " (" + id.getId() + ")";
    }

    /** "28 Jul 2020, 15:30", or empty for no time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant.atZone(getId()));
    }

    /** "28 Jul 2020", or empty for no time. */
    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale()).format(instant.atZone(getId()));
    }

    /** "28 Jul 2020" for a calendar day, such as a due date; empty for none. */
    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** The day it is now for the viewer. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(getId()));
    }

    /** The moment it is now, by the application's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The short zone name for a time ("IST", "CET"). */
    public String abbreviation(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("zzz", locale()).format(instant.atZone(getId()));
    }

    public LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, getId());
    }

    public Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(getId()).toInstant();
    }

    private Locale locale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
        }
        return locale;
    }

    private static ZoneId fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return ZoneOffset.UTC;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    try {
                        return ZoneId.of(java.net.URLDecoder.decode(cookie.getValue(),
                                java.nio.charset.StandardCharsets.UTF_8));
                    } catch (DateTimeException | IllegalArgumentException e) {
                        return ZoneOffset.UTC;
                    }
                }
            }
        }
        return ZoneOffset.UTC;
    }
}
