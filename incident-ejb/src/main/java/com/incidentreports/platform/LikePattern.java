package com.incidentreports.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Text that people search for, put into a JPQL {@code like} pattern written with {@code escape '\'}. */
public final class LikePattern {

    private LikePattern() {
    }

    /** {@code text} with the pattern's own characters ({@code %}, {@code _} and the escape itself) taken literally. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The words of what someone typed, lower-cased, each as a pattern that finds it anywhere in a lower-cased
     * column ({@code %word%}); none for blank or null text.
     */
    public static List<String> containingEachWord(String text) {
        return text == null ? List.of() : Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> "%" + escape(word) + "%")
                .toList();
    }
}
