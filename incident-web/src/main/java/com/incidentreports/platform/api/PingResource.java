package com.incidentreports.platform.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the application answers at all: no database, no sign-in, for load balancers and smoke tests. */
@Path("ping")
@Tag(name = "Platform", description = "The running application: is it up, which build is it.")
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "ping", summary = "Checks that the application answers",
            description = "Touches no database and needs no sign-in.")
    @APIResponse(responseCode = "200", description = "The text pong.")
    @APIResponse(responseCode = "406", description = "Accept names no type this operation answers in.")
    public String ping() {
        return "pong";
    }
}
