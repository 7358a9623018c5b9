package com.incidentreports.identity.web;

import com.incidentreports.identity.ApiTokenService;
import com.incidentreports.identity.ApiTokenView;
import com.incidentreports.identity.NewApiToken;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.web.Messages;
import com.incidentreports.platform.web.ViewerZone;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The API tokens section of the profile page ({@code profile.xhtml}): the person's tokens, a new one (its secret
 * shown this once), and revoking one.
 */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "tokens";

    @EJB
    private ApiTokenService tokens;

    @Inject
    private ViewerZone zone;

    private List<ApiTokenView> mine;
    private String name;
    private LocalDate expiresOn;
    /** The token just created, whose secret is shown until the next thing the person does here. */
    private NewApiToken created;

    public void load() {
        mine = tokens.mine();
    }

    public void create() {
        created = null;
        // The token stops working as the chosen day begins, in the viewer's zone.
        Instant expiresAt = expiresOn == null ? null : expiresOn.atStartOfDay(zone.getId()).toInstant();
        try {
            created = tokens.create(name, expiresAt);
            name = null;
            expiresOn = null;
            mine = tokens.mine();
        } catch (InvalidException e) {
            e.errors().forEach(error -> Messages.errorAt(FORM + ":" + ("expiresAt".equals(error.field())
                    ? "expiresOn" : "name"), Messages.of(error)));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void revoke(long id) {
        created = null;
        try {
            tokens.revoke(id);
            Messages.info("tokens.revoked");
        } catch (NotFoundException e) {
            Messages.error("tokens.gone");
        }
        mine = tokens.mine();
    }

    /** Forgets the secret shown once, when the person has copied it. */
    public void done() {
        created = null;
    }

    public boolean isExpired(ApiTokenView token) {
        return token.isExpiredAt(zone.now());
    }

    /** The first day a new token may be chosen to expire on. */
    public LocalDate getFirstExpiryDay() {
        return zone.today().plusDays(1);
    }

    public List<ApiTokenView> getMine() {
        return mine;
    }

    public NewApiToken getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
