package com.incidentreports.export.api;

import com.incidentreports.export.ReportDocument;
import com.incidentreports.export.ReportExports;
import com.incidentreports.platform.api.Problem;

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
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;

/**
 * A report as a file to keep or share: Markdown for a wiki page, PDF to print or attach. Exactly as visible as the
 * report: one the caller may not see is 404, as it is everywhere.
 */
@Path("reports/{id}/export")
@RequestScoped
@Tag(name = "Reports")
public class ReportExportResource {

    static final String MARKDOWN = "markdown";
    static final String PDF = "pdf";
    static final String MARKDOWN_TYPE = "text/markdown";

    @EJB
    private ReportExports exports;

    @Inject
    @ConfigProperty(name = "incidents.base-url", defaultValue = "http://localhost:9080")
    private String baseUrl;

    @GET
    @Produces({MARKDOWN_TYPE, ReportPdf.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportReport", summary = "Exports a report",
            description = "The report as a file: format=markdown (title, impact, the four parts as written, the "
                    + "follow-up actions with owner and status; what a wiki page imports) or format=pdf (the same, "
                    + "laid out for print). Times are in UTC. A download, named after the title.")
    @APIResponse(responseCode = "200", description = "The report as Markdown or PDF.",
            headers = @Header(name = "Content-Disposition", description = "attachment, with a file name made of "
                    + "the title (letters, digits and dashes).", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MARKDOWN_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ReportPdf.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "format is missing or not one of markdown, pdf.")
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "404", description = "No such report, or one the caller may not see.")
    public Response export(@PathParam("id") long id,
                           @Parameter(description = "markdown or pdf", required = true)
                           @QueryParam(ExportFormat.PARAMETER) String format) {
        String chosen = ExportFormat.read(format, MARKDOWN, PDF);
        ReportDocument report = exports.document(id);
        String link = baseUrl + "/reports/" + id;
        String fallback = "report-" + id;
        if (MARKDOWN.equals(chosen)) {
            return Response.ok(ReportMarkdown.write(report, link).getBytes(StandardCharsets.UTF_8),
                            MARKDOWN_TYPE + "; charset=UTF-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ExportFormat.attachment(ExportFormat.fileName(report.title(), fallback, "md")))
                    .build();
        }
        StreamingOutput pdf = output -> ReportPdf.write(report, link, output);
        return Response.ok(pdf, ReportPdf.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ExportFormat.attachment(ExportFormat.fileName(report.title(), fallback, "pdf")))
                .build();
    }
}
