package com.incidentreports.platform;

/** What every service does to optional text people typed. */
public final class Text {

    private Text() {
    }

    /** {@code text}, or null when nothing but white space was typed: an optional field left empty. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** {@code text} without white space around it, or null when that leaves nothing. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
