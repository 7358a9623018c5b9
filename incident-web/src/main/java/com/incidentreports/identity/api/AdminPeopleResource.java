package com.incidentreports.identity.api;

import com.incidentreports.identity.PeopleService;
import com.incidentreports.identity.PersonAccess;
import com.incidentreports.identity.signin.SignInLocks;
import com.incidentreports.platform.api.Versions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * People (admins): search them, grant and take back roles, deactivate and reactivate accounts. Every change needs
 * the person's ETag in If-Match. The rules belong to {@link PeopleService}.
 */
@Path("admin/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = AdminApiDocs.TAG, description = AdminApiDocs.TAG_DESCRIPTION)
public class AdminPeopleResource {

    private static final String ID = "{id}";
    /** What a stale If-Match asks the caller to read again. */
    private static final String PERSON = "person";

    @EJB
    private PeopleService people;

    @Inject
    private SignInLocks locks;

    @GET
    @Operation(operationId = "listPeople",
            summary = "Finds people", description = "Whose name, username or email contains q (everyone "
            + "without it), by name, at most " + PeopleService.SEARCH_MAX + ". grantedRoles are the roles granted "
            + "in the application; groups those the identity provider gave at the last sign-in.")
    @APIResponse(responseCode = "200", description = "The people.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PersonAccess.class)))
    @APIResponse(responseCode = "403", description = AdminApiDocs.FORBIDDEN)
    public List<PersonAccess> search(@Parameter(description = "Words of the name, username or email")
                                     @QueryParam("q") String query) {
        return people.search(query);
    }

    @GET
    @Path(ID)
    @Operation(operationId = "getPerson", summary = "Reads a person")
    @APIResponse(responseCode = "200", description = "The person; ETag is the version to send in If-Match.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonAccess.class)))
    @APIResponse(responseCode = "404", description = "No such person.")
    public Response get(@PathParam("id") long id) {
        return Versions.ok(people.get(id), PersonAccess::version);
    }

    @PUT
    @Path(ID + "/roles/{role}")
    @Operation(operationId = "grantRole",
            summary = "Grants a role", description = "AUTHOR, QA_LEAD or ADMIN; granting it again changes "
            + "nothing. Applies to the person's signed-in sessions at their next request.")
    @APIResponse(responseCode = "200", description = "The person now, with their new ETag.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonAccess.class)))
    @APIResponse(responseCode = "400", description = "Not a role that can be granted.")
    @APIResponse(responseCode = "412", description = "The person changed since the version in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response grant(@PathParam("id") long id, @PathParam("role") String role,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(PERSON, ifMatch, version -> people.grant(id, role, version), PersonAccess::version);
    }

    @DELETE
    @Path(ID + "/roles/{role}")
    @Operation(operationId = "revokeRole",
            summary = "Takes back a granted role", description = "A role that comes from the person's groups "
            + "at the identity provider stays. Nobody takes away their own ADMIN role.")
    @APIResponse(responseCode = "200", description = "The person now, with their new ETag.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonAccess.class)))
    @APIResponse(responseCode = "403", description = "The caller's own ADMIN role, or the caller is no admin.")
    @APIResponse(responseCode = "412", description = "The person changed since the version in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response revoke(@PathParam("id") long id, @PathParam("role") String role,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(PERSON, ifMatch, version -> people.revoke(id, role, version), PersonAccess::version);
    }

    @PUT
    @Path(ID + "/deactivated")
    @Operation(operationId = "deactivatePerson",
            summary = "Deactivates an account", description = "The person cannot sign in; their signed-in "
            + "sessions end at their next request; all they wrote stays. Nobody deactivates themselves.")
    @APIResponse(responseCode = "200", description = "The person now, with their new ETag.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonAccess.class)))
    @APIResponse(responseCode = "403", description = "The caller's own account, or the caller is no admin.")
    @APIResponse(responseCode = "412", description = "The person changed since the version in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response deactivate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(PERSON, ifMatch, version -> people.deactivate(id, version), PersonAccess::version);
    }

    @DELETE
    @Path(ID + "/deactivated")
    @Operation(operationId = "reactivatePerson",
            summary = "Reactivates an account", description = "The person can sign in again.")
    @APIResponse(responseCode = "200", description = "The person now, with their new ETag.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonAccess.class)))
    @APIResponse(responseCode = "412", description = "The person changed since the version in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response reactivate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(PERSON, ifMatch, version -> people.reactivate(id, version), PersonAccess::version);
    }

    @GET
    @Path(ID + "/sign-in-lock")
    @Operation(operationId = "getSignInLock",
            summary = "Reads whether a person's sign-ins are locked", description = "After "
            + "too many wrong passwords for their username, password sign-ins (the form, HTTP Basic) are locked "
            + "for a while; lockedUntil says until when, null if they are not locked.")
    @APIResponse(responseCode = "200", description = "The lock.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignInLockView.class)))
    @APIResponse(responseCode = "403", description = AdminApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such person.")
    public SignInLockView signInLock(@PathParam("id") long id) {
        PersonAccess person = people.get(id);
        return new SignInLockView(person.username(), locks.lockedUntil(person.username()).orElse(null));
    }

    @DELETE
    @Path(ID + "/sign-in-lock")
    @Operation(operationId = "unlockSignIns",
            summary = "Unlocks a person's sign-ins", description = "Ends the lock after too many wrong "
            + "passwords and forgets them; the audit log keeps who unlocked it. Unlocking an account that is not "
            + "locked changes nothing.")
    @APIResponse(responseCode = "204", description = "The person can sign in with a password again.")
    @APIResponse(responseCode = "403", description = AdminApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such person.")
    public void unlock(@PathParam("id") long id, @Context SecurityContext security) {
        PersonAccess person = people.get(id);
        locks.unlock(person.username(), security.getUserPrincipal().getName());
    }
}
