package com.incidentreports.notification;

import com.incidentreports.identity.User;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** Where a person's notification emails go, and which kinds they want by email. */
public record NotificationPreferences(
        @Email(message = "{notification.email.invalid}")
        @Size(max = User.EMAIL_MAX, message = "{notification.email.size}")
        String email,
        boolean emailMentions,
        boolean emailReplies,
        boolean emailComments) implements Serializable {
}
