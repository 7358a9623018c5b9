package com.incidentreports.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The subject and text of a notification email, from the words in {@code mail.properties}. */
record MailText(String subject, String body) {

    private static final String BUNDLE = "com.incidentreports.notification.mail";

    static MailText of(NotificationKind kind, String actor, String reportTitle, String excerpt, String link,
                       String settingsLink) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, MailText.class.getClassLoader());
        Object[] arguments = {actor, reportTitle, excerpt, link};
        return new MailText(
                format(words.getString("mail." + kind + ".subject"), arguments),
                format(words.getString("mail." + kind + ".body"), arguments)
                        + format(words.getString("mail.footer"), settingsLink));
    }

    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern.replace("'", "''"), Locale.ENGLISH).format(arguments);
    }
}
