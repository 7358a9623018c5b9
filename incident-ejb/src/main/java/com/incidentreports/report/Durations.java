package com.incidentreports.report;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes a duration the way people say it, in their language: "45 min", "1 h 10 min", "2 d 3 h"; in German
 * "1 Std. 10 Min.". The unit words come from {@code durations*.properties}.
 */
public final class Durations {

    private static final String BUNDLE = "com.incidentreports.report.durations";

    private Durations() {
    }

    public static String spoken(Duration duration, Locale language) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A duration cannot be negative: " + duration);
        }
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language, Durations.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return duration.isZero() ? part(words, "duration.minutes", 0, language)
                    : words.getString("duration.underAMinute");
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long restMinutes = minutes % 60;
        if (days > 0) {
            return hours > 0 ? part(words, "duration.days", days, language) + " "
                    + part(words, "duration.hours", hours, language) : part(words, "duration.days", days, language);
        }
        if (hours > 0) {
            return restMinutes > 0 ? part(words, "duration.hours", hours, language) + " "
                    + part(words, "duration.minutes", restMinutes, language)
                    : part(words, "duration.hours", hours, language);
        }
        return part(words, "duration.minutes", restMinutes, language);
    }

    private static String part(ResourceBundle words, String key, long amount, Locale language) {
        return new MessageFormat(words.getString(key), language).format(new Object[] {amount});
    }
}
