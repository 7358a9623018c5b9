package com.incidentreports.audit.api;

import com.incidentreports.audit.AuditPage;
import com.incidentreports.audit.SecurityAudit;
import com.incidentreports.platform.api.PageParameters;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The security audit log, for admins: sign-ins, failed and refused ones, role changes, invitations, denials. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "People, their roles and the security audit log; admins only.")
public class AuditResource {

    @EJB
    private SecurityAudit audit;

    @GET
    @Operation(operationId = "listAuditEntries",
            summary = "Reads the security audit log", description = "Newest first, one page at a time ("
            + AuditParameters.DEFAULT_SIZE + " by default): sign-ins "
            + "(SIGN_IN), wrong usernames or passwords (SIGN_IN_FAILED, at most one entry a minute for the same "
            + "username and address, the next one saying how many more there were), sign-ins of deactivated accounts "
            + "(SIGN_IN_REFUSED), password sign-ins locked after too many wrong passwords (SIGN_IN_LOCKED: the "
            + "account as actor, or the address as subject) and unlocked by an admin (SIGN_IN_UNLOCKED), role changes, deactivations, "
            + "invitations and requests answered 403 "
            + "(ACCESS_DENIED, with the method and path), API tokens (TOKEN_CREATED, TOKEN_REVOKED) and what browsers "
            + "reported blocked by the pages' Content-Security-Policy (CSP_VIOLATION, at most one entry a minute for "
            + "each address). Each entry has its time, type, actor (who did it or tried "
            + "to), subject (whom it was done to), detail and the client's address where known.")
    @APIResponse(responseCode = "200", description = "A page of entries and how many match in all.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuditList.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is not valid; errors lists which.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "The caller is not an admin.")
    public AuditList list(@BeanParam AuditParameters parameters, @BeanParam PageParameters paging) {
        AuditParameters.Query query = parameters.read(paging);
        AuditPage page = audit.search(query.filter(), query.page().first(), query.page().size());
        return new AuditList(page.rows(), page.total(), query.page().first(), query.page().size());
    }
}
