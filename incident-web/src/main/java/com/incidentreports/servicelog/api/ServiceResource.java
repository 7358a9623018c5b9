package com.incidentreports.servicelog.api;

import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.api.QueryParameters;
import com.incidentreports.platform.api.Versions;
import com.incidentreports.servicelog.NewService;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceChange;
import com.incidentreports.servicelog.ServiceDetails;
import com.incidentreports.servicelog.ServiceSummary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The services whose incident logs hold the reports: read by all, opened by authors, changed (renamed, archived,
 * owners) by admins. The rules belong to {@link ServiceCatalog}.
 */
@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services", description = "The production services whose incident logs hold the reports.")
public class ServiceResource {

    @EJB
    private ServiceCatalog services;

    @GET
    @Operation(operationId = "listServices",
            summary = "Lists the services", description = "By name, each with its number of published reports. "
            + "Archived services are left out unless includeArchived=true.")
    @APIResponse(responseCode = "200", description = "The services.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceSummary.class)))
    @APIResponse(responseCode = "400", description = "includeArchived is neither true nor false.")
    public List<ServiceSummary> list(
            @Parameter(description = "true lists archived services too.",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeArchived") String includeArchived) {
        List<InvalidField> errors = new ArrayList<>();
        Boolean archivedToo = QueryParameters.trueOrFalse("includeArchived", includeArchived, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors);
        }
        return services.all(Boolean.TRUE.equals(archivedToo));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getService",
            summary = "Reads a service", description = "Named by its slug, as in slash-graphql; archived ones too. "
            + "With its owners; ETag is its version, to send back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The service.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceDetails.class)))
    @APIResponse(responseCode = "404", description = "No service has this slug.")
    public Response get(@PathParam("slug") String slug) {
        return Versions.ok(services.getBySlug(slug), ServiceDetails::version);
    }

    @PUT
    @Path("{slug}")
    @Operation(operationId = "updateService", summary = "Changes a service",
            description = "Admins only. Sets its name (the slug, the log's address, stays), description, whether it "
                    + "is archived (an archived service's log stays readable and takes no new reports) and its "
                    + "owners, by username. If-Match must hold the ETag of the version the change was made to.")
    @APIResponse(responseCode = "200", description = "The service as saved, with its new ETag.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceDetails.class)))
    @APIResponse(responseCode = "400", description = "The name is missing, too long or taken, or an owner has never "
            + "signed in; errors says which.")
    @APIResponse(responseCode = "403", description = "The caller is not an admin.")
    @APIResponse(responseCode = "404", description = "No service has this slug.")
    @APIResponse(responseCode = "412", description = "Someone changed the service since the version in If-Match: "
            + "read it again and repeat the change.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("slug") String slug,
                           @Parameter(description = "The ETag of the version the change was made to.",
                                   required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ServiceChange change) {
        return Versions.change("service", ifMatch,
                version -> services.update(services.getBySlug(slug).id(), version, change), ServiceDetails::version);
    }

    @POST
    @Operation(operationId = "createService",
            summary = "Opens a new service log", description = "Authors and admins only. The slug is made "
            + "from the name.")
    @APIResponse(responseCode = "201", description = "The new service. Location is its address.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The address of the new item.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceDetails.class)))
    @APIResponse(responseCode = "400", description = "The name is missing, too long or already taken; errors "
            + "says which.")
    @APIResponse(responseCode = "403", description = "The caller is not an author or an admin.")
    public Response create(NewService input, @Context UriInfo uriInfo) {
        ServiceDetails created = services.create(input);
        return Versions.created(uriInfo.getAbsolutePathBuilder().path(created.slug()).build(), created,
                ServiceDetails::version);
    }
}
