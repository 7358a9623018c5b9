package com.incidentreports.platform;

import java.util.Collection;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Incident Reports speaks. A person reads in the one they chose on their profile; without a choice, in
 * the first of their browser's languages that is one of these; else in {@link #DEFAULT}.
 */
public enum Language {
    EN(Locale.ENGLISH),
    DE(Locale.GERMAN);

    public static final Language DEFAULT = EN;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of {@code locale} ("de-AT" is German), if it is one of these. */
    public static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.locale.getLanguage().equals(locale.getLanguage())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first of {@code accepted} (a browser's languages, most wanted first) this application speaks. */
    public static Optional<Language> firstOf(Enumeration<Locale> accepted) {
        while (accepted != null && accepted.hasMoreElements()) {
            Optional<Language> spoken = of(accepted.nextElement());
            if (spoken.isPresent()) {
                return spoken;
            }
        }
        return Optional.empty();
    }

    /** As {@link #firstOf(Enumeration)}, for a list already read. */
    public static Optional<Language> firstOf(Collection<Locale> accepted) {
        return accepted.stream().map(Language::of).flatMap(Optional::stream).findFirst();
    }

    /** The locale a person reads in: their choice, else {@code otherwise}'s. */
    public static Locale localeOf(Language chosen, Language otherwise) {
        return (chosen != null ? chosen : otherwise).locale;
    }
}
