package com.incidentreports.platform.web;

import com.incidentreports.platform.Language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The one place the language of a request is decided, for pages (through {@link ViewerLocaleViewHandler}), the
 * API's problems and everything formatted for the viewer: the language the signed-in person chose on their profile;
 * else the first of their browser's {@code Accept-Language} that Incident Reports speaks; else English.
 */
@Named
@RequestScoped
public class ViewerLocale {

    @Inject
    private HttpServletRequest request;

    @Inject
    private Instance<LanguagePreference> preferences;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve().locale();
        }
        return locale;
    }

    private Language resolve() {
        for (LanguagePreference preference : preferences) {
            var chosen = preference.chosen();
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return ofBrowser(request);
    }

    /** The first of the browser's languages this application speaks, else the default; no database work. */
    public static Language ofBrowser(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Language.DEFAULT
                : Language.firstOf(request.getLocales()).orElse(Language.DEFAULT);
    }
}
