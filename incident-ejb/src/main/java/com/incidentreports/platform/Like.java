package com.incidentreports.platform;

/** Text that people search for, put into a JPQL {@code like} pattern written with {@code escape '\'}. */
public final class Like {

    private Like() {
    }

    /** {@code text} with the pattern's own characters ({@code %}, {@code _} and the escape itself) taken literally. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
