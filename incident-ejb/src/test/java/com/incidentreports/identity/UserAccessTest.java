package com.incidentreports.identity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccessTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private final User user = new User("dana", "Dana", NOW);

    @Test
    void grantsAndRevokesTheRolesAnAdminCanGive() {
        assertTrue(user.grant(Roles.QA_LEAD));
        assertFalse(user.grant(Roles.QA_LEAD), "granting twice changes nothing");
        assertEquals(Set.of(Roles.QA_LEAD), user.getGrantedRoles());
        assertTrue(user.revoke(Roles.QA_LEAD));
        assertFalse(user.revoke(Roles.QA_LEAD));
        assertEquals(Set.of(), user.getGrantedRoles());
    }

    @Test
    void refusesToGrantStaffOrNamesThatAreNoRole() {
        assertThrows(IllegalArgumentException.class, () -> user.grant(Roles.STAFF));
        assertThrows(IllegalArgumentException.class, () -> user.grant("ROOT"));
        assertThrows(IllegalArgumentException.class, () -> user.grant("admin"));
    }

    @Test
    void keepsTheGroupsOfTheLastSignInOnly() {
        user.rememberGroups(Set.of("payments", "incident-qa"));
        user.rememberGroups(Set.of("payments", "checkout"));
        assertEquals(Set.of("payments", "checkout"), user.getGroups());
    }

    @Test
    void leavesOutGroupNamesItCannotKeep() {
        user.rememberGroups(Set.of("payments", " ", "x".repeat(User.GROUP_MAX + 1)));
        assertEquals(Set.of("payments"), user.getGroups());
    }

    @Test
    void aDeactivatedAccountKeepsTheTimeItWasDeactivatedUntilReactivated() {
        assertTrue(user.isActive());
        user.deactivate(NOW);
        user.deactivate(NOW.plusSeconds(60));
        assertFalse(user.isActive());
        assertEquals(NOW, user.getDeactivatedAt());
        user.reactivate();
        assertTrue(user.isActive());
    }

    @Test
    void rolesAreOnlyTheNamesThatAreRoles() {
        assertEquals(Set.of(Roles.AUTHOR, Roles.ADMIN), Roles.named(Set.of("AUTHOR", "ADMIN", "payments", "author")));
    }
}
