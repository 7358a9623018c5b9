package com.incidentreports.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final Duration TWO_WEEKS = Duration.ofDays(14);

    private final User admin = new User("admin", "Admin", NOW);

    private Invitation invitation(String email) {
        return new Invitation(email, Set.of(Roles.AUTHOR), admin, NOW, TWO_WEEKS);
    }

    @Test
    void isPendingUntilItExpiresAndGrantsOnlyWhilePending() {
        Invitation invitation = invitation("ana.lee@example.com");
        assertEquals(InvitationStatus.PENDING, invitation.statusAt(NOW));
        assertEquals(NOW.plus(TWO_WEEKS), invitation.getExpiresAt());
        assertTrue(invitation.grantsTo("ana.lee@example.com", NOW.plus(TWO_WEEKS).minusSeconds(1)));
        assertEquals(InvitationStatus.EXPIRED, invitation.statusAt(NOW.plus(TWO_WEEKS)));
        assertFalse(invitation.grantsTo("ana.lee@example.com", NOW.plus(TWO_WEEKS)), "expired grants nothing");
    }

    @Test
    void aRevokedInvitationGrantsNothingAndCannotBeRevokedOrSentAgain() {
        Invitation invitation = invitation("ana.lee@example.com");
        invitation.revoke(NOW.plusSeconds(60));
        assertEquals(InvitationStatus.REVOKED, invitation.statusAt(NOW.plusSeconds(61)));
        assertEquals(NOW.plusSeconds(60), invitation.getRevokedAt());
        assertFalse(invitation.grantsTo("ana.lee@example.com", NOW.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> invitation.revoke(NOW.plusSeconds(62)));
        assertThrows(IllegalStateException.class, () -> invitation.resend(NOW.plusSeconds(62), TWO_WEEKS));
    }

    @Test
    void matchesTheVerifiedEmailWhateverItsCaseAndSurroundingSpace() {
        Invitation invitation = invitation("  Ana.Lee@Example.COM ");
        assertEquals("ana.lee@example.com", invitation.getEmail());
        assertTrue(invitation.grantsTo("ANA.LEE@example.com", NOW));
        assertTrue(invitation.grantsTo(" ana.lee@EXAMPLE.com\t", NOW));
        assertFalse(invitation.grantsTo("ana.lee@example.org", NOW));
        assertFalse(invitation.grantsTo("analee@example.com", NOW));
        assertFalse(invitation.grantsTo(null, NOW));
        assertFalse(invitation.grantsTo("", NOW));
    }

    @Test
    void sendingAgainExtendsTheExpiryEvenOfAnExpiredInvitation() {
        Invitation invitation = invitation("ana.lee@example.com");
        Instant later = NOW.plus(Duration.ofDays(20));
        assertEquals(InvitationStatus.EXPIRED, invitation.statusAt(later));
        invitation.resend(later, TWO_WEEKS);
        assertEquals(later.plus(TWO_WEEKS), invitation.getExpiresAt());
        assertEquals(later, invitation.getLastSentAt());
        assertTrue(invitation.grantsTo("ana.lee@example.com", later.plusSeconds(1)));
    }

    @Test
    void refusesWhatIsNoEmailAddressAndRolesThatCannotBeGiven() {
        assertThrows(IllegalArgumentException.class, () -> invitation("ana.lee"));
        assertThrows(IllegalArgumentException.class, () -> invitation("ana lee@example.com"));
        assertThrows(IllegalArgumentException.class,
                () -> new Invitation("a@example.com", Set.of(), admin, NOW, TWO_WEEKS));
        assertThrows(IllegalArgumentException.class,
                () -> new Invitation("a@example.com", Set.of(Roles.STAFF), admin, NOW, TWO_WEEKS));
    }

    @Test
    void normalisesEmailAddressesAndRejectsWhatIsNone() {
        assertEquals(Optional.of("ana@example.com"), EmailAddress.normalise(" ANA@Example.com "));
        assertEquals(Optional.empty(), EmailAddress.normalise("alice"));
        assertEquals(Optional.empty(), EmailAddress.normalise("ana@example"));
        assertEquals(Optional.empty(), EmailAddress.normalise("a@b@example.com"));
        assertEquals(Optional.empty(), EmailAddress.normalise("   "));
        assertEquals(Optional.empty(), EmailAddress.normalise("a".repeat(250) + "@example.com"));
    }

    @Test
    void aProviderThatSaysItDidNotVerifyTheAddressProvesNoAddress() {
        SignInClaims unverified = SignInClaims.of(new SsoProfile("ana", "Ana", "ana@example.com", false, Set.of()));
        assertFalse(unverified.emailVerified());
        assertTrue(SignInClaims.of(new SsoProfile("ana", "Ana", "ana@example.com", Set.of())).emailVerified(),
                "a provider that does not say is trusted");
        assertFalse(SignInClaims.of(new SsoProfile("ana", "Ana", null, Set.of())).emailVerified());
        assertFalse(SignInClaims.local("ana", Set.of()).emailVerified(), "the local registry knows no address");
    }

    @Test
    void readsTheConfiguredAddressesOfLocalAccounts() {
        assertEquals(Map.of("staff", "staff@incidents.example", "qalead", "qa@incidents.example"),
                LocalAccountEmails.parse(" staff = Staff@Incidents.example, qalead=qa@incidents.example,broken,"
                        + " nobody=not-an-address"));
        assertEquals(Map.of(), LocalAccountEmails.parse(" "));
    }
}
