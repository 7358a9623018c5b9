package com.incidentreports.notification.web;

import com.incidentreports.notification.NotificationPreferences;
import com.incidentreports.notification.NotificationService;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.web.Messages;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The profile page ({@code profile.xhtml}): where notification emails go, and which kinds come by email. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NotificationService notifications;

    private String email;
    private boolean emailMentions;
    private boolean emailReplies;
    private boolean emailComments;

    public void load() {
        NotificationPreferences preferences = notifications.preferences();
        email = preferences.email();
        emailMentions = preferences.emailMentions();
        emailReplies = preferences.emailReplies();
        emailComments = preferences.emailComments();
    }

    public void save() {
        try {
            notifications.savePreferences(new NotificationPreferences(email, emailMentions, emailReplies,
                    emailComments));
            Messages.info("profile.saved");
        } catch (InvalidException e) {
            e.errors().forEach(error -> Messages.errorAt("profile:email", Messages.of(error)));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEmailMentions() {
        return emailMentions;
    }

    public void setEmailMentions(boolean emailMentions) {
        this.emailMentions = emailMentions;
    }

    public boolean isEmailReplies() {
        return emailReplies;
    }

    public void setEmailReplies(boolean emailReplies) {
        this.emailReplies = emailReplies;
    }

    public boolean isEmailComments() {
        return emailComments;
    }

    public void setEmailComments(boolean emailComments) {
        this.emailComments = emailComments;
    }
}
