package com.incidentreports.platform.api;

import com.incidentreports.platform.BuildInfo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which build is running, so nobody has to guess what is deployed. Needs no sign-in. */
@Path("build")
@RequestScoped
@Tag(name = "Platform", description = "The running application: is it up, which build is it.")
public class BuildResource {

    @Inject
    private BuildInfo buildInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getBuild", summary = "Tells which build is running",
            description = "The version, the full commit id (empty when built outside Git) and the build time in UTC.")
    @APIResponse(responseCode = "200", description = "The running build.")
    @APIResponse(responseCode = "406", description = "Accept names no type this operation answers in.")
    public BuildDescription build() {
        return new BuildDescription(buildInfo.getVersion(), buildInfo.getCommit(), buildInfo.getTime());
    }
}
