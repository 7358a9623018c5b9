package com.incidentreports.report.api;

import com.incidentreports.identity.api.Idempotency;
import com.incidentreports.platform.api.SortedPageParameters;
import com.incidentreports.platform.api.Versions;
import com.incidentreports.report.ReportDetails;
import com.incidentreports.report.ReportFilter;
import com.incidentreports.report.ReportPage;
import com.incidentreports.report.ReportService;
import com.incidentreports.servicelog.ServiceCatalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Incident reports: list, read, write, publish. The rules (who may see a draft, who may change a report, what a
 * valid report is) belong to {@link ReportService}; this class translates between HTTP and the service.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Incident reports: drafts for their authors, published ones for all staff.")
public class ReportResource {

    private static final String ID = "{id}";

    @EJB
    private ReportService reports;

    @EJB
    private ServiceCatalog services;

    @Inject
    private Idempotency idempotency;

    @GET
    @Operation(operationId = "listReports", summary = "Lists reports",
            description = "Published reports and the caller's own drafts, one page at a time ("
                    + ReportListParameters.DEFAULT_SIZE + " by default). sort: startedAt (the default), title, "
                    + "severity, service or usersAffected; order: desc (newest incident first) by default.")
    @APIResponse(responseCode = "200", description = "A page of reports and the total number that match.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportList.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is not valid; errors lists which.")
    public ReportList list(@BeanParam ReportListParameters parameters, @BeanParam SortedPageParameters paging) {
        ReportListQuery query = parameters.read(paging, services);
        ReportFilter filter = new ReportFilter(query.serviceId(), query.severity(), query.from(), query.to(),
                query.words());
        ReportPage page = reports.search(filter, query.sorting().by(), query.sorting().ascending(),
                query.page().first(), query.page().size());
        return new ReportList(page.rows(), page.total(), query.page().first(), query.page().size());
    }

    @POST
    @Operation(operationId = "createReport",
            summary = "Writes a new report", description = "A draft, unless publish is true. Authors and "
            + "admins only; the caller becomes its author.")
    @APIResponse(responseCode = "201", description = "The report as saved. Location is its address, ETag its "
            + "version.",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "The address of the new item.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportDetails.class)))
    @APIResponse(responseCode = "400", description = "The report breaks a rule; errors lists each field.")
    @APIResponse(responseCode = "403", description = "The caller is not an author or an admin.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was sent with another request.")
    public Response create(@Parameter(description = Idempotency.HEADER_DESCRIPTION)
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           ReportInput input, @Context UriInfo uriInfo) {
        return idempotency.once(idempotencyKey, uriInfo, input, () -> {
            ReportDetails created = reports.create(input == null ? null : input.toDraft(),
                    input != null && input.publishRequested());
            return Versions.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build(),
                    created, ReportDetails::version);
        });
    }

    @GET
    @Path(ID)
    @Operation(operationId = "getReport",
            summary = "Reads a report", description = "A draft exists only for its authors and admins.")
    @APIResponse(responseCode = "200", description = "The report. ETag is its version: send it back in If-Match "
            + "to change it.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportDetails.class)))
    @APIResponse(responseCode = "404", description = "No such report, or a draft of someone else.")
    public Response get(@PathParam("id") long id) {
        return Versions.ok(reports.get(id), ReportDetails::version);
    }

    @PUT
    @Path(ID)
    @Operation(operationId = "updateReport", summary = "Changes a report",
            description = "Replaces everything the authors write. If-Match must hold the ETag of the version the "
                    + "change was made to; if someone saved since, nothing is saved. publish: true publishes a "
                    + "draft; a published report stays published. Its authors and admins only.")
    @APIResponse(responseCode = "200", description = "The report as saved, with its new ETag.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportDetails.class)))
    @APIResponse(responseCode = "400", description = "The report breaks a rule; errors lists each field.")
    @APIResponse(responseCode = "403", description = "The caller may not change this report.")
    @APIResponse(responseCode = "404", description = "No such report, or a draft of someone else.")
    @APIResponse(responseCode = "412", description = "Someone saved the report since the version in If-Match: "
            + "read it again and repeat the change.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The ETag of the version the change was made to.",
                                   required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ReportInput input) {
        return Versions.change("report", ifMatch, version -> reports.update(id, version,
                        input == null ? null : input.toDraft(), input != null && input.publishRequested()),
                ReportDetails::version);
    }
}
