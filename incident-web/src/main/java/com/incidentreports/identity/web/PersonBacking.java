package com.incidentreports.identity.web;

import com.incidentreports.identity.PeopleLookup;
import com.incidentreports.identity.PersonActivity;
import com.incidentreports.platform.NotFoundException;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.io.IOException;
import java.io.Serializable;

/** A person's page ({@code people.xhtml}, at {@code /people/{username}}), where a mention of them leads. */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeopleLookup people;

    @Inject
    @Param(pathIndex = 0)
    private String username;

    private PersonActivity activity;

    public void load() throws IOException {
        try {
            activity = people.person(username == null ? "" : username);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public PersonActivity getActivity() {
        return activity;
    }
}
