package com.incidentreports.report;

import com.incidentreports.identity.User;
import com.incidentreports.servicelog.Service;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportRestrictionTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

    private final User author = new User("author", "Alex Author", NOW);
    private final User quinn = new User("qalead", "Quinn", NOW);
    private final User sam = new User("staff", "Sam", NOW);
    private final Report report = new Report(new Service("Checkout", null, NOW), author, NOW);

    @Test
    void aNewReportIsOpenToAll() {
        assertFalse(report.isRestricted());
        assertTrue(report.getRestrictedToPeople().isEmpty());
        assertTrue(report.getRestrictedToGroups().isEmpty());
    }

    @Test
    void restrictingAgainReplacesWhoItIsRestrictedTo() {
        report.restrictTo(Set.of(quinn, sam), Set.of("sre", "security"));
        report.restrictTo(Set.of(sam), Set.of("security"));

        assertTrue(report.isRestricted());
        assertEquals(Set.of(sam), report.getRestrictedToPeople());
        assertEquals(Set.of("security"), report.getRestrictedToGroups());
    }

    @Test
    void aReportRestrictedToNobodyIsStillRestrictedToItsAuthors() {
        report.restrictTo(Set.of(), Set.of());

        assertTrue(report.isRestricted());
        assertTrue(report.isAuthoredBy(author));
    }

    @Test
    void openingAReportForgetsWhomItWasRestrictedTo() {
        report.restrictTo(Set.of(quinn), Set.of("sre"));
        report.openToAll();

        assertFalse(report.isRestricted());
        assertTrue(report.getRestrictedToPeople().isEmpty());
        assertTrue(report.getRestrictedToGroups().isEmpty());
    }

    @Test
    void missingListsAndNamesAreEmpty() {
        ReportRestriction restriction = new ReportRestriction(true, null, Arrays.asList("sre", null));

        assertEquals(List.of(), restriction.people());
        assertEquals(List.of("sre"), restriction.groups());
    }
}
