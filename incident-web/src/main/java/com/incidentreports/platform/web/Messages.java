package com.incidentreports.platform.web;

import com.incidentreports.platform.FieldError;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Says things to the viewer in their language: page words from the messages bundle, rule texts from validation. */
public final class Messages {

    private static final String BUNDLE = "com.incidentreports.i18n.messages";
    private static final String VALIDATION_BUNDLE = "ValidationMessages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** The words of {@code key} in {@code locale}: for what is written outside a page (a file, a feed). */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Whether the bundle has words for {@code key}. */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale()).containsKey(key);
    }

    /** The rule a field broke, in the viewer's language. */
    public static String of(FieldError error) {
        try {
            return ResourceBundle.getBundle(VALIDATION_BUNDLE, locale(), FieldError.class.getClassLoader())
                    .getString(error.key());
        } catch (MissingResourceException e) {
            return error.defaultMessage();
        }
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** An error shown next to the component with client id {@code clientId}. */
    public static void errorAt(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /** A warning shown next to the component with client id {@code clientId}, in words of the bundle. */
    public static void warnAt(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, message));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
