package com.incidentreports.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, versioned in its path. What many operations share is declared here once: the ETag header of
 * everything that can be changed; the problem+json body of every error comes from {@link ProblemResponses}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Incident Reports API", version = "1",
                description = "Incident reports, the service logs that hold them, and the build that is running."),
        security = @SecurityRequirement(name = "basic"),
        components = @Components(headers = @Header(name = Versions.ETAG_HEADER,
                description = "The version, to send back in If-Match.", schema = @Schema(type = SchemaType.STRING))))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
