package com.incidentreports.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikePatternTest {

    @Test
    void wordsStayAsTheyAre() {
        assertEquals("ledger", LikePattern.escape("ledger"));
    }

    @Test
    void thePatternsOwnCharactersAreTakenLiterally() {
        assertEquals("100\\% up", LikePattern.escape("100% up"));
        assertEquals("db\\_main", LikePattern.escape("db_main"));
        assertEquals("a\\\\b", LikePattern.escape("a\\b"));
    }
}
