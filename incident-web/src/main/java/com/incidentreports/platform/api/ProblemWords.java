package com.incidentreports.platform.api;

import com.incidentreports.platform.FieldError;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a problem's {@code detail}, in the language of whoever asked: the API's own texts from the message
 * bundle ({@code problem.*}), a broken rule from the validation messages. Resolved by {@code ViewerLocale}, as pages.
 */
final class ProblemWords {

    private static final String BUNDLE = "com.incidentreports.i18n.messages";
    private static final String VALIDATION_BUNDLE = "ValidationMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    ProblemWords(Locale locale) {
        this.locale = locale;
    }

    String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, ProblemWords.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale, ProblemWords.class.getClassLoader(), NO_FALLBACK)
                .containsKey(key);
    }

    /** The rule a field broke, in this language; the service's English text where the bundle has no words. */
    String rule(FieldError error) {
        try {
            return ResourceBundle.getBundle(VALIDATION_BUNDLE, locale, FieldError.class.getClassLoader(), NO_FALLBACK)
                    .getString(error.key());
        } catch (MissingResourceException | NullPointerException e) {
            return error.defaultMessage();
        }
    }
}
