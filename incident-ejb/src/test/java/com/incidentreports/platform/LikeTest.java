package com.incidentreports.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikeTest {

    @Test
    void wordsStayAsTheyAre() {
        assertEquals("ledger", Like.escape("ledger"));
    }

    @Test
    void thePatternsOwnCharactersAreTakenLiterally() {
        assertEquals("100\\% up", Like.escape("100% up"));
        assertEquals("db\\_main", Like.escape("db_main"));
        assertEquals("a\\\\b", Like.escape("a\\b"));
    }
}
