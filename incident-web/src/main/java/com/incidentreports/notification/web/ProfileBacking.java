package com.incidentreports.notification.web;

import com.incidentreports.identity.UserDirectory;
import com.incidentreports.notification.NotificationPreferences;
import com.incidentreports.notification.NotificationService;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.Language;
import com.incidentreports.platform.web.Messages;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The profile page ({@code profile.xhtml}): the language pages and emails come in, where notification emails go,
 * and which kinds come by email.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice of no language: the browser's languages decide. */
    static final String AUTOMATIC = "AUTO";

    @EJB
    private NotificationService notifications;

    @EJB
    private UserDirectory people;

    private String language;

    private String email;
    private boolean emailMentions;
    private boolean emailReplies;
    private boolean emailComments;

    public void load() {
        Language chosen = people.language();
        language = chosen == null ? AUTOMATIC : chosen.name();
        NotificationPreferences preferences = notifications.preferences();
        email = preferences.email();
        emailMentions = preferences.emailMentions();
        emailReplies = preferences.emailReplies();
        emailComments = preferences.emailComments();
    }

    /** Saves the settings; a new language shows at once, as the page is built again in it. */
    public String save() {
        try {
            notifications.savePreferences(new NotificationPreferences(email, emailMentions, emailReplies,
                    emailComments));
            Language chosen = AUTOMATIC.equals(language) || language == null ? null : Language.valueOf(language);
            boolean languageChanged = chosen != people.language();
            people.chooseLanguage(chosen);
            if (languageChanged) {
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Messages.info("profile.saved");
                return "/profile.xhtml?faces-redirect=true";
            }
            Messages.info("profile.saved");
        } catch (InvalidException e) {
            e.errors().forEach(error -> Messages.errorAt("profile:email", Messages.of(error)));
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    /** The choices of language: automatic first, then each language the application speaks. */
    public List<String> getLanguages() {
        return Stream.concat(Stream.of(AUTOMATIC), Arrays.stream(Language.values()).map(Language::name)).toList();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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
