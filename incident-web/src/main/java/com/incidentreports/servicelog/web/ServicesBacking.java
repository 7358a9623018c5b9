package com.incidentreports.servicelog.web;

import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.web.Messages;
import com.incidentreports.servicelog.NewService;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceDetails;
import com.incidentreports.servicelog.ServiceSummary;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The services page ({@code services.xhtml}): {@code /services} lists every service; {@code /services/{slug}} is
 * that service's incident log: the service, its owners and a form for a new one here; its reports come from
 * {@code report.web.ServiceLogBacking}, since reports build on services and not the other way round.
 */
@Named
@ViewScoped
public class ServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceCatalog services;

    @Inject
    @Param(pathIndex = 0)
    private String slug;

    private ServiceDetails service;
    private boolean includeArchived;
    private List<ServiceSummary> all;
    private String newName;
    private String newDescription;

    public void load() throws IOException {
        if (slug == null || slug.isEmpty()) {
            all = services.all(includeArchived);
            return;
        }
        try {
            service = services.getBySlug(slug);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public void create() throws IOException {
        try {
            ServiceDetails created = services.create(new NewService(newName, newDescription));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info("services.new.created", created.name());
            external.redirect(external.getRequestContextPath() + "/services/" + created.slug());
        } catch (InvalidException e) {
            for (FieldError error : e.errors()) {
                Messages.errorAt("newService:" + ("description".equals(error.field()) ? "description" : "name"),
                        Messages.of(error));
            }
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
        }
    }

    public boolean isLog() {
        return service != null;
    }

    /** The list shows archived services too (?archived=true). */
    public boolean isIncludeArchived() {
        return includeArchived;
    }

    public void setIncludeArchived(boolean includeArchived) {
        this.includeArchived = includeArchived;
    }

    public ServiceDetails getService() {
        return service;
    }

    public List<ServiceSummary> getAll() {
        return all;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }
}
