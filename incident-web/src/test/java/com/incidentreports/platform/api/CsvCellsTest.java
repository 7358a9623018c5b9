package com.incidentreports.platform.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/r\",\"open\")", "=cmd|' /C calc'!A0", "+1+2", "-2+3",
            "@SUM(A1)", "\t=1", "\r=1"})
    void textAFormulaCouldStartWithGetsALeadingQuote(String text) {
        assertEquals("'" + text, CsvCells.cell(text));
    }

    @Test
    void otherTextAndOtherValuesStayAsTheyAre() {
        assertEquals("Search was slow", CsvCells.cell("Search was slow"));
        assertEquals("a=b", CsvCells.cell("a=b"));
        assertEquals("", CsvCells.cell(""));
        assertArrayEquals(new Object[] {42L, null, LocalDate.of(2026, 6, 30), "'=1"},
                CsvCells.of(42L, null, LocalDate.of(2026, 6, 30), "=1"));
    }
}
