package com.incidentreports.servicelog.web;

import com.incidentreports.identity.Person;
import com.incidentreports.identity.Roles;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.web.Messages;
import com.incidentreports.servicelog.NewService;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceChange;
import com.incidentreports.servicelog.ServiceDetails;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The admins' services page (admin/services.xhtml): every service, archived ones too, with its owners; create,
 * rename, archive and bring back services and name their owners. The rules belong to {@link ServiceCatalog}.
 */
@Named
@ViewScoped
public class AdminServicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The key of the dialog's messages about the change as a whole (someone else changed it, it is gone). */
    private static final String CHANGE_PROBLEM = "serviceChange";

    @EJB
    private ServiceCatalog catalog;

    private List<ServiceDetails> services;

    /** The service the dialog edits; null while it opens a new one. */
    private ServiceDetails edited;
    private String name;
    private String description;
    private List<String> owners = new ArrayList<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole(Roles.ADMIN)) {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        services = catalog.administered();
    }

    public void startNew() {
        edited = null;
        name = null;
        description = null;
        owners = new ArrayList<>();
    }

    public void startEdit(ServiceDetails service) {
        edited = service;
        name = service.name();
        description = service.description();
        owners = new ArrayList<>(service.owners().stream().map(Person::username).toList());
    }

    /** Creates the new service, or saves the edited one; a rejected or stale change keeps what was typed. */
    public void save() {
        try {
            if (edited == null) {
                ServiceDetails created = catalog.create(new NewService(name, description));
                Messages.info("admin.services.created", created.name());
            } else {
                ServiceDetails saved = catalog.update(edited.id(), edited.version(),
                        new ServiceChange(name, description, edited.archived(), owners));
                Messages.info("admin.services.saved", saved.name());
            }
            services = catalog.administered();
        } catch (InvalidException e) {
            for (FieldError error : e.errors()) {
                String field = switch (error.field()) {
                    case "description" -> "description";
                    case "owners" -> "owners";
                    default -> "name";
                };
                Messages.errorAt("editor:" + field, Messages.of(error));
            }
            invalid();
        } catch (ConflictException e) {
            services = catalog.administered();
            services.stream().filter(service -> service.id() == edited.id()).findFirst()
                    .ifPresent(current -> edited = current);
            Messages.errorAt(CHANGE_PROBLEM, Messages.text("admin.services.conflict"));
            invalid();
        } catch (NotFoundException e) {
            services = catalog.administered();
            Messages.errorAt(CHANGE_PROBLEM, Messages.text("admin.services.gone"));
            invalid();
        }
    }

    public void archive(ServiceDetails service) {
        changeArchived(service, true);
    }

    public void unarchive(ServiceDetails service) {
        changeArchived(service, false);
    }

    private void changeArchived(ServiceDetails service, boolean archived) {
        try {
            ServiceDetails saved = catalog.update(service.id(), service.version(), new ServiceChange(service.name(),
                    service.description(), archived, service.owners().stream().map(Person::username).toList()));
            Messages.info(archived ? "admin.services.archived" : "admin.services.unarchived", saved.name());
        } catch (ConflictException e) {
            Messages.error("admin.services.conflict.list");
        } catch (NotFoundException | InvalidException e) {
            Messages.error("admin.services.gone");
        }
        services = catalog.administered();
    }

    public List<String> completeOwner(String prefix) {
        return catalog.ownerCandidates(prefix).stream().map(Person::username).toList();
    }

    private static void invalid() {
        PrimeFaces.current().ajax().addCallbackParam("invalid", true);
    }

    public List<ServiceDetails> getServices() {
        return services;
    }

    public boolean isEditing() {
        return edited != null;
    }

    public String getSlug() {
        return edited == null ? null : edited.slug();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getOwners() {
        return owners;
    }

    public void setOwners(List<String> owners) {
        this.owners = owners == null ? new ArrayList<>() : owners;
    }
}
