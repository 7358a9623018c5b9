package com.incidentreports.export.api;

import com.incidentreports.export.ReportExports;
import com.incidentreports.platform.api.Problem;
import com.incidentreports.servicelog.ServiceDetails;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A service's incident log as CSV: every report of it the caller may see, newest incident first. */
@Path("services/{slug}/export")
@RequestScoped
@Tag(name = "Services")
public class ServiceLogExportResource {

    static final String CSV = "csv";
    static final String CSV_TYPE = "text/csv";

    @EJB
    private ReportExports exports;

    @Inject
    @ConfigProperty(name = "incidents.base-url", defaultValue = "http://localhost:9080")
    private String baseUrl;

    @GET
    @Produces({CSV_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportServiceLog", summary = "Exports a service's incident log",
            description = "format=csv: the reports of the log the caller may see (their own drafts too), newest "
                    + "incident first, as RFC 4180 CSV with a header line; cells that a spreadsheet would run as a "
                    + "formula start with '.")
    @APIResponse(responseCode = "200", description = "The log as CSV.",
            headers = @Header(name = "Content-Disposition", description = "attachment, named after the service.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "format is missing or not csv.")
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "404", description = "No service has this slug.")
    public Response export(@PathParam("slug") String slug,
                           @Parameter(description = "csv", required = true)
                           @QueryParam(ExportFormat.PARAMETER) String format) {
        ExportFormat.read(format, CSV);
        // Written whole before answering: an unknown service is then a 404, not a broken download.
        StringWriter text = new StringWriter();
        ServiceDetails service;
        try {
            ServiceLogCsv rows = new ServiceLogCsv(text, baseUrl);
            service = exports.serviceLog(slug, rows);
            rows.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(text.toString().getBytes(StandardCharsets.UTF_8), CSV_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ExportFormat.attachment(
                        ExportFormat.fileName(service.name(), service.slug(), "csv")))
                .build();
    }
}
