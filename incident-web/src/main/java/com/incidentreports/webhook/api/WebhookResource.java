package com.incidentreports.webhook.api;

import com.incidentreports.platform.api.Versions;
import com.incidentreports.webhook.DeliveryView;
import com.incidentreports.webhook.NewWebhook;
import com.incidentreports.webhook.WebhookInput;
import com.incidentreports.webhook.WebhookService;
import com.incidentreports.webhook.WebhookView;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.List;

/**
 * Outgoing webhooks (admins): endpoints, their delivery logs, a delivery sent again, a test. The rules belong to
 * {@link WebhookService}.
 */
@Path("admin/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Addresses outside told of published reports, comments and follow-up "
        + "actions, signed as the Standard Webhooks specification says (admins only).")
public class WebhookResource {

    private static final String FORBIDDEN = "The caller is not an admin.";
    private static final String NOT_FOUND = "No such webhook.";
    private static final String INVALID = "The name or address is missing or wrong, the address is not https (or "
            + "plain http, where the operator allows it) or not among the networks webhooks may reach, an event is "
            + "unknown or none is chosen, or no service has the slug; errors says which.";
    private static final String ID = "{id}";

    @EJB
    private WebhookService webhooks;

    @GET
    @Operation(operationId = "listWebhooks", summary = "Lists the webhooks", description = "By name, without secrets.")
    @APIResponse(responseCode = "200", description = "The webhooks.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Creates a webhook",
            description = "events: report.published, report.updated, comment.posted, action.assigned, "
                    + "action.status_changed, action.overdue. service: a service's slug, to hear only of its reports. "
                    + "format: STANDARD (the event as JSON) or CHAT ({\"text\": …}, for chat tools' incoming "
                    + "webhooks). The answer holds the signing secret (whsec_…): the only time it is shown.")
    @APIResponse(responseCode = "201", description = "The webhook and its secret; Location is its address.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The address of the new webhook.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NewWebhook.class)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    public Response create(WebhookInput input, @Context UriInfo uriInfo) {
        NewWebhook created = webhooks.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.webhook().id())).build())
                .tag(Long.toString(created.webhook().version()))
                .entity(created).build();
    }

    @GET
    @Path(ID)
    @Operation(operationId = "getWebhook", summary = "Reads a webhook",
            description = "Without its secret. ETag is its version, to send back in If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The webhook.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        return Versions.ok(webhooks.get(id), WebhookView::version);
    }

    @PUT
    @Path(ID)
    @Operation(operationId = "updateWebhook", summary = "Changes a webhook",
            description = "Sets its name, address, events, service, format and whether it is on; turning it on "
                    + "again forgets the failures that turned it off. The secret stays. If-Match must hold the ETag "
                    + "of the version the change was made to.")
    @APIResponse(responseCode = "200", description = "The webhook as saved, with its new ETag.",
            headers = @Header(name = HttpHeaders.ETAG, ref = Versions.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "412", description = "Someone changed the webhook since the version in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The ETag of the version the change was made to.",
                                   required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           WebhookInput input) {
        return Versions.change("webhook", ifMatch, version -> webhooks.update(id, version, input),
                WebhookView::version);
    }

    @DELETE
    @Path(ID)
    @Operation(operationId = "deleteWebhook", summary = "Deletes a webhook", description = "With its delivery log.")
    @APIResponse(responseCode = "204", description = "It is gone.")
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void delete(@PathParam("id") long id) {
        webhooks.delete(id);
    }

    @GET
    @Path(ID + "/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Reads a webhook's delivery log",
            description = "Its newest " + WebhookService.LOG_MAX + " deliveries, newest first, each with every try: "
                    + "when, how long it took, the status answered (or why there was no answer) and the first 2 KB "
                    + "of the answer.")
    @APIResponse(responseCode = "200", description = "The deliveries.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryView.class)))
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<DeliveryView> deliveries(@PathParam("id") long id) {
        return webhooks.deliveries(id);
    }

    @POST
    @Path(ID + "/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Sends a delivery again",
            description = "Once, right away, even while the webhook is off: the same webhook-id and body, signed "
                    + "anew. Its try joins the delivery log.")
    @APIResponse(responseCode = "202", description = "It is on its way.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such webhook, or no such delivery of it.")
    @APIResponse(responseCode = "409", description = "The delivery tells of a report restricted since: it is not "
            + "sent.")
    public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(webhooks.redeliver(id, deliveryId)).build();
    }

    @POST
    @Path(ID + "/ping")
    @Operation(operationId = "pingWebhook", summary = "Sends a webhook a test",
            description = "A delivery of type webhook.ping, once, right away, even while the webhook is off; the "
                    + "delivery log shows how it went.")
    @APIResponse(responseCode = "202", description = "It is on its way.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "401", description = "The caller has not signed in.")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response ping(@PathParam("id") long id) {
        return Response.accepted(webhooks.ping(id)).build();
    }
}
