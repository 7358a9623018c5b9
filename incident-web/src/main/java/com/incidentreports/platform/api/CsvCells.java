package com.incidentreports.platform.api;

import java.util.Arrays;

/**
 * Cells of every CSV the product writes, safe to open in a spreadsheet: text that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula (a link to another site, a command), so
 * it is written with a leading {@code '}, as OWASP recommends; the spreadsheet then shows it as the text it is.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code cells} as they go into one record: text neutralised, everything else as it is. */
    public static Object[] of(Object... cells) {
        return Arrays.stream(cells).map(CsvCells::cell).toArray();
    }

    static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
