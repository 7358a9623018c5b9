package com.incidentreports.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The subject and text of a notification email, in the recipient's language, from {@code mail*.properties}. */
record MailText(String subject, String body) {

    private static final String BUNDLE = "com.incidentreports.notification.mail";

    static MailText of(Locale language, NotificationKind kind, String actor, String reportTitle, String excerpt,
                       String link, String settingsLink) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language, MailText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = {actor, reportTitle, excerpt, link};
        return new MailText(
                format(language, words.getString("mail." + kind + ".subject"), arguments),
                format(language, words.getString("mail." + kind + ".body"), arguments)
                        + format(language, words.getString("mail.footer"), settingsLink));
    }

    private static String format(Locale language, String pattern, Object... arguments) {
        return new MessageFormat(pattern.replace("'", "''"), language).format(arguments);
    }
}
