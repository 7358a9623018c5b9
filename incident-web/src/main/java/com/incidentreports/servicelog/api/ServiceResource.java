package com.incidentreports.servicelog.api;

import com.incidentreports.platform.api.Problem;
import com.incidentreports.servicelog.NewService;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceSummary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The services whose incident logs hold the reports. The rules belong to {@link ServiceCatalog}. */
@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services", description = "The production services whose incident logs hold the reports.")
public class ServiceResource {

    @EJB
    private ServiceCatalog services;

    @GET
    @Operation(summary = "Lists the services", description = "By name, each with its number of published reports.")
    @APIResponse(responseCode = "200", description = "Every service.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceSummary.class)))
    public List<ServiceSummary> list() {
        return services.all();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Reads a service", description = "Named by its slug, as in slash-graphql.")
    @APIResponse(responseCode = "200", description = "The service.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceSummary.class)))
    @APIResponse(responseCode = "404", description = "No service has this slug.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ServiceSummary get(@PathParam("slug") String slug) {
        return services.getBySlug(slug);
    }

    @POST
    @Operation(summary = "Opens a new service log", description = "Authors and admins only. The slug is made "
            + "from the name.")
    @APIResponse(responseCode = "201", description = "The new service. Location is its address.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The address of the new item.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceSummary.class)))
    @APIResponse(responseCode = "400", description = "The name is missing, too long or already taken; errors "
            + "says which.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an author or an admin.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(NewService input, @Context UriInfo uriInfo) {
        ServiceSummary created = services.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.slug()).build())
                .entity(created)
                .build();
    }
}
