package com.incidentreports.notification.api;

import com.incidentreports.notification.NotificationList;
import com.incidentreports.notification.NotificationPreferences;
import com.incidentreports.notification.NotificationService;
import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The caller's notifications, and which of them also come by email. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Mentions, replies, comments on watched reports, likes, follow-up "
        + "actions, webhooks switched off.")
public class NotificationResource {

    @EJB
    private NotificationService notifications;

    @GET
    @Operation(operationId = "listNotifications",
            summary = "Lists the caller's notifications", description = "Newest first; likes of one post are "
            + "one line. unread counts the unread lines. path is where a line leads; a notice of the application "
            + "(WEBHOOK_DISABLED, to admins) has no reportId, reportTitle, commentId or actors.")
    @APIResponse(responseCode = "200", description = "The caller's recent notifications.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationList.class)))
    @APIResponse(responseCode = "401", description = "The caller is not signed in.")
    public NotificationList list() {
        return notifications.recent();
    }

    @POST
    @Path("read")
    @Operation(operationId = "markNotificationsRead",
            summary = "Marks notifications read", description = "Those listed in ids, or all with all: true. "
            + "Ids of other people's notifications are ignored.")
    @APIResponse(responseCode = "200", description = "The caller's notifications now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationList.class)))
    @APIResponse(responseCode = "400", description = "Neither ids nor all was sent.")
    public NotificationList read(ReadInput input) {
        if (input != null && Boolean.TRUE.equals(input.all())) {
            notifications.markAllRead();
        } else if (input != null && input.ids() != null) {
            notifications.markRead(input.ids());
        } else {
            throw ProblemException.invalidInput(List.of(new InvalidField("ids",
                    "Send the ids of the notifications to mark read, or \"all\": true.")));
        }
        return notifications.recent();
    }

    @GET
    @Path("settings")
    @Operation(operationId = "getNotificationSettings",
            summary = "Reads the caller's email settings", description = "The address notification emails go "
            + "to, and which kinds of notification come by email.")
    @APIResponse(responseCode = "200", description = "The caller's settings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationPreferences.class)))
    @APIResponse(responseCode = "401", description = "The caller is not signed in.")
    public NotificationPreferences settings() {
        return notifications.preferences();
    }

    @PUT
    @Path("settings")
    @Operation(operationId = "updateNotificationSettings",
            summary = "Changes the caller's email settings", description = "Without an email address, no email "
            + "is sent whatever is chosen.")
    @APIResponse(responseCode = "200", description = "The caller's settings as saved.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationPreferences.class)))
    @APIResponse(responseCode = "400", description = "The email address is not valid.")
    public NotificationPreferences saveSettings(NotificationPreferences preferences) {
        return notifications.savePreferences(preferences);
    }
}
