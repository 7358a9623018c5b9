package com.incidentreports.identity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.incidentreports.testsupport.Admin;
import com.incidentreports.testsupport.ApplicationTest;
import com.incidentreports.testsupport.Mailbox;
import com.incidentreports.testsupport.Reply;
import com.incidentreports.testsupport.Server;
import com.incidentreports.testsupport.SignedInSession;
import com.incidentreports.testsupport.TestData;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.incidentreports.testsupport.DemoUser.ADMIN;
import static com.incidentreports.testsupport.DemoUser.AUTHOR;
import static com.incidentreports.testsupport.DemoUser.QA_LEAD;
import static com.incidentreports.testsupport.DemoUser.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invitations and an admin's changes of what a person may do, through HTTP as people and admins meet them: the
 * invitation is accepted at the first sign-in with its address, exactly once, also when sign-ins race; revoked
 * invitations grant nothing; a signed-in session picks up a granted role or a deactivation at its next request.
 * The local accounts' verified addresses are the demo ones of server.xml (incidents.local-emails).
 */
@ApplicationTest
class InvitationIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @Test
    void theFirstSignInWithTheInvitedAddressGetsTheRolesOnceAndTheInviteeIsEmailed() throws Exception {
        Admin.restore(STAFF.username());
        try {
            JsonObject invitation = Admin.invite("Staff@Incidents.example", "QA_LEAD");
            long id = invitation.getJsonNumber("id").longValue();
            assertEquals("staff@incidents.example", invitation.getString("email"), "kept normalised");
            assertEquals("PENDING", invitation.getString("status"));

            MimeMessage email = Mailbox.awaitEmail(SMTP, "staff@incidents.example",
                    "invited you to Incident Reports");
            String body = (String) email.getContent();
            assertTrue(body.contains("/login") && body.contains("QA lead"),
                    "the email names the roles and links to the sign-in page: " + body);

            SignedInSession staff = SignedInSession.signIn(STAFF);
            assertEquals(List.of("STAFF", "QA_LEAD"), roles(staff), "the invited role comes with this sign-in");
            JsonObject accepted = Admin.invitation(id);
            assertEquals("ACCEPTED", accepted.getString("status"));
            assertEquals("staff", accepted.getString("acceptedBy"));

            assertEquals(200, Admin.revoke(STAFF.username(), "QA_LEAD").status());
            SignedInSession again = SignedInSession.signIn(STAFF);
            assertEquals(List.of("STAFF"), roles(again), "an accepted invitation grants nothing a second time");
            assertEquals(accepted, Admin.invitation(id));
        } finally {
            Admin.restore(STAFF.username());
        }
    }

    @Test
    void aRevokedInvitationGrantsNothing() {
        Admin.restore(QA_LEAD.username());
        try {
            long id = Admin.invite("qalead@incidents.example", "AUTHOR").getJsonNumber("id").longValue();
            assertEquals("REVOKED", Admin.revokeInvitation(id).getString("status"));

            SignedInSession qaLead = SignedInSession.signIn(QA_LEAD);
            assertEquals(List.of("STAFF", "QA_LEAD"), roles(qaLead), "no AUTHOR from a revoked invitation");
            assertEquals("REVOKED", Admin.invitation(id).getString("status"));
            assertEquals(409, Server.as(ADMIN).post("api/v1/admin/invitations/" + id + "/resend", "").status(),
                    "a revoked invitation cannot be sent again");
        } finally {
            Admin.restore(QA_LEAD.username());
        }
    }

    @Test
    void signInsThatRaceAcceptTheInvitationExactlyOnce() throws Exception {
        Admin.restore(AUTHOR.username());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            long id = Admin.invite("author@incidents.example", "QA_LEAD").getJsonNumber("id").longValue();
            List<Future<Reply>> signIns = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                signIns.add(pool.submit(() -> SignedInSession.attemptSignIn(AUTHOR)));
            }
            int succeeded = 0;
            for (Future<Reply> signIn : signIns) {
                Reply reply = signIn.get();
                if (reply.status() == 302 && !reply.header("Location").contains("/login")) {
                    succeeded++;
                }
            }
            assertTrue(succeeded > 0, "at least one of the sign-ins at once gets in");

            JsonObject invitation = Admin.invitation(id);
            assertEquals("ACCEPTED", invitation.getString("status"));
            assertEquals(1, invitation.getInt("version"), "claimed by exactly one sign-in");
            assertEquals(List.of("QA_LEAD"), Admin.person(AUTHOR.username()).getJsonArray("grantedRoles")
                    .getValuesAs(JsonString::getString));
        } finally {
            pool.shutdownNow();
            Admin.restore(AUTHOR.username());
        }
    }

    @Test
    void aRoleGrantedOrTakenBackAppliesToASignedInSessionAtItsNextRequest() {
        Admin.restore(STAFF.username());
        try {
            SignedInSession staff = SignedInSession.signIn(STAFF);
            assertEquals(List.of("STAFF"), roles(staff));

            assertEquals(200, Admin.grant(STAFF.username(), "AUTHOR").status());
            assertEquals(List.of("STAFF", "AUTHOR"), roles(staff), "no new sign-in needed");

            assertEquals(200, Admin.revoke(STAFF.username(), "AUTHOR").status());
            assertEquals(List.of("STAFF"), roles(staff));
        } finally {
            Admin.restore(STAFF.username());
        }
    }

    @Test
    void deactivationEndsASignedInSessionAtItsNextRequestAndRefusesNewSignIns() {
        Admin.restore(STAFF.username());
        try {
            SignedInSession staff = SignedInSession.signIn(STAFF);
            assertEquals(200, staff.get("api/v1/me").status());

            Reply deactivated = Admin.deactivate(STAFF.username());
            assertEquals(200, deactivated.status(), deactivated::describe);
            assertFalse(deactivated.json().getBoolean("active"));
            assertEquals(401, staff.get("api/v1/me").status(), "the session ended");
            Reply signIn = SignedInSession.attemptSignIn(STAFF);
            assertNotEquals(302, signIn.status(), "a deactivated person cannot sign in: " + signIn.describe());
            assertTrue(signIn.body().contains("deactivated"), "and is told why");
            assertEquals(401, Server.as(STAFF).get("api/v1/me").status(), "nor use the API");

            assertEquals(200, Admin.reactivate(STAFF.username()).status());
            assertEquals(200, SignedInSession.signIn(STAFF).get("api/v1/me").status(), "reactivated, they are back");
        } finally {
            Admin.restore(STAFF.username());
        }
    }

    @Test
    void noAdminLocksThemselvesOutAndOnlyAdminsAdminister() {
        Admin.person(ADMIN.username());
        assertEquals(403, Admin.revoke(ADMIN.username(), "ADMIN").status());
        assertEquals(403, Admin.deactivate(ADMIN.username()).status());
        assertEquals(List.of("STAFF", "AUTHOR", "QA_LEAD", "ADMIN"),
                Server.as(ADMIN).get("api/v1/me").json().getJsonArray("roles").getValuesAs(JsonString::getString));

        assertEquals(403, Server.as(STAFF).get("api/v1/admin/people").status());
        assertEquals(403, Server.as(QA_LEAD).post("api/v1/admin/invitations", Json.createObjectBuilder()
                .add("email", "x@example.test").add("roles", Json.createArrayBuilder().add("ADMIN")).build()).status());
        assertEquals(200, Server.as(STAFF).get("api/v1/me").status(), "staff has a record, even on an empty database");
        long staffId = Admin.person(STAFF.username()).getJsonNumber("id").longValue();
        assertEquals(428, Server.as(ADMIN).send("PUT", "api/v1/admin/people/" + staffId + "/roles/AUTHOR").status(),
                "changes need If-Match");
        assertEquals(400, Admin.grant(STAFF.username(), "STAFF").status(), "STAFF is everyone's, not granted");
    }

    @Test
    void anAddressHasOneOpenInvitationWhichCanBeSentAgainUntilRevoked() {
        String email = TestData.uniqueWord() + "@example.test";
        JsonObject first = Admin.invite(email, "AUTHOR", "QA_LEAD");
        assertEquals(List.of("AUTHOR", "QA_LEAD"), first.getJsonArray("roles").getValuesAs(JsonString::getString));
        long id = first.getJsonNumber("id").longValue();

        Reply twice = Server.as(ADMIN).post("api/v1/admin/invitations", Json.createObjectBuilder()
                .add("email", email.toUpperCase()).add("roles", Json.createArrayBuilder().add("ADMIN")).build());
        assertEquals(400, twice.status(), twice::describe);
        assertEquals("email", twice.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply resent = Server.as(ADMIN).post("api/v1/admin/invitations/" + id + "/resend", "");
        assertEquals(200, resent.status(), resent::describe);
        assertTrue(Instant.parse(resent.json().getString("expiresAt"))
                .isAfter(Instant.parse(first.getString("expiresAt"))), "sending again extends the expiry");

        Admin.revokeInvitation(id);
        assertEquals("REVOKED", Server.as(ADMIN).get("api/v1/admin/invitations?status=REVOKED").jsonArray()
                .stream().map(JsonObject.class::cast).filter(each -> each.getString("email").equals(email))
                .findFirst().orElseThrow().getString("status"));
        assertEquals("PENDING", Admin.invite(email, "AUTHOR").getString("status"), "invited again after revoking");
        Admin.revokeOpenInvitations(email);
    }

    private static List<String> roles(SignedInSession session) {
        Reply me = session.get("api/v1/me");
        assertEquals(200, me.status(), me::describe);
        return me.json().getJsonArray("roles").getValuesAs(JsonString::getString);
    }
}
