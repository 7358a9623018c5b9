package com.incidentreports.identity.api;

import com.incidentreports.identity.Roles;
import com.incidentreports.identity.User;
import com.incidentreports.identity.UserDirectory;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.stream.Stream;

/** Who is signed in: what single sign-on made of the provider's claims and groups. */
@Path("me")
@RequestScoped
@Tag(name = "Identity", description = "Who is calling, and their personal API tokens.")
public class MeResource {

    @EJB
    private UserDirectory users;

    @Context
    private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMe", summary = "Tells who you are",
            description = "Your username, display name and email address as the application keeps them, and the "
                    + "roles you have in this session (STAFF, AUTHOR, QA_LEAD, ADMIN).")
    @APIResponse(responseCode = "200", description = "The signed-in person.")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    public Me me() {
        User user = users.caller();
        List<String> roles = Stream.of(Roles.STAFF, Roles.AUTHOR, Roles.QA_LEAD, Roles.ADMIN)
                .filter(security::isUserInRole).toList();
        return new Me(user.getUsername(), user.getDisplayName(), user.getEmail(), roles);
    }
}
