package com.incidentreports.webhook.web;

import com.incidentreports.identity.Roles;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.web.Messages;
import com.incidentreports.platform.web.ViewerZone;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceRef;
import com.incidentreports.webhook.DeliveryView;
import com.incidentreports.webhook.NewWebhook;
import com.incidentreports.webhook.WebhookEvent;
import com.incidentreports.webhook.WebhookFormat;
import com.incidentreports.webhook.WebhookInput;
import com.incidentreports.webhook.WebhookService;
import com.incidentreports.webhook.WebhookView;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The admins' webhooks page (admin/webhooks.xhtml): the endpoints; create one (its secret shown once), change it,
 * turn it on and off, delete it; an endpoint's delivery log, a delivery sent again, a test sent. The rules belong to
 * {@link WebhookService}.
 */
@Named
@ViewScoped
public class AdminWebhooksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The key of the dialog's messages about the change as a whole (someone else changed it, it is gone). */
    private static final String CHANGE_PROBLEM = "webhookChange";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    private WebhookService webhooks;

    @EJB
    private ServiceCatalog catalog;

    @Inject
    private ViewerZone zone;

    private List<WebhookView> endpoints;
    private List<ServiceRef> services;

    /** The endpoint the dialog edits; null while it opens a new one. */
    private WebhookView edited;
    private String name;
    private String url;
    private List<String> events = new ArrayList<>();
    private String service;
    private WebhookFormat format = WebhookFormat.STANDARD;
    private boolean enabled = true;

    /** The secret of the endpoint just created, shown once. */
    private String newSecret;

    /** The endpoint whose delivery log is open, and its deliveries. */
    private WebhookView logged;
    private List<DeliveryView> deliveries = List.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole(Roles.ADMIN)) {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        endpoints = webhooks.list();
        services = catalog.choices();
    }

    public void startNew() {
        edited = null;
        name = null;
        url = null;
        events = new ArrayList<>(List.of(WebhookEvent.REPORT_PUBLISHED.type()));
        service = null;
        format = WebhookFormat.STANDARD;
        enabled = true;
    }

    public void startEdit(WebhookView endpoint) {
        edited = endpoint;
        name = endpoint.name();
        url = endpoint.url();
        events = new ArrayList<>(endpoint.events());
        service = endpoint.service() == null ? null : endpoint.service().slug();
        format = endpoint.format();
        enabled = endpoint.enabled();
    }

    /** Creates the new endpoint (then shows its secret once), or saves the edited one; nothing typed is lost. */
    public void save() {
        WebhookInput input = new WebhookInput(name, url, events, service, format, enabled);
        try {
            if (edited == null) {
                NewWebhook created = webhooks.create(input);
                newSecret = created.secret();
                Messages.info("admin.webhooks.created", created.webhook().name());
                PrimeFaces.current().ajax().addCallbackParam("secretShown", true);
            } else {
                WebhookView saved = webhooks.update(edited.id(), edited.version(), input);
                Messages.info("admin.webhooks.saved", saved.name());
            }
            refresh();
        } catch (InvalidException e) {
            for (FieldError error : e.errors()) {
                String field = switch (error.field()) {
                    case "url" -> "url";
                    case "events" -> "events";
                    case "service" -> "service";
                    default -> "name";
                };
                Messages.errorAt("editor:" + field, Messages.of(error));
            }
            invalid();
        } catch (ConflictException e) {
            refresh();
            endpoints.stream().filter(endpoint -> endpoint.id() == edited.id()).findFirst()
                    .ifPresent(current -> edited = current);
            Messages.errorAt(CHANGE_PROBLEM, Messages.text("admin.webhooks.conflict"));
            invalid();
        } catch (NotFoundException e) {
            refresh();
            Messages.errorAt(CHANGE_PROBLEM, Messages.text("admin.webhooks.gone"));
            invalid();
        }
    }

    /** Turns an endpoint on (forgetting the failures that turned it off) or off. */
    public void toggle(WebhookView endpoint) {
        try {
            WebhookView saved = webhooks.update(endpoint.id(), endpoint.version(), new WebhookInput(endpoint.name(),
                    endpoint.url(), endpoint.events(), endpoint.service() == null ? null : endpoint.service().slug(),
                    endpoint.format(), !endpoint.enabled()));
            Messages.info(saved.enabled() ? "admin.webhooks.turnedOn" : "admin.webhooks.turnedOff", saved.name());
        } catch (ConflictException e) {
            Messages.error("admin.webhooks.conflict.list");
        } catch (NotFoundException | InvalidException e) {
            Messages.error("admin.webhooks.gone");
        }
        refresh();
    }

    public void delete(WebhookView endpoint) {
        try {
            webhooks.delete(endpoint.id());
            Messages.info("admin.webhooks.deleted", endpoint.name());
        } catch (NotFoundException e) {
            Messages.error("admin.webhooks.gone");
        }
        if (logged != null && logged.id() == endpoint.id()) {
            logged = null;
            deliveries = List.of();
        }
        refresh();
    }

    public void ping(WebhookView endpoint) {
        try {
            webhooks.ping(endpoint.id());
            Messages.info("admin.webhooks.pinged", endpoint.name());
            showLog(endpoint);
        } catch (NotFoundException e) {
            Messages.error("admin.webhooks.gone");
            refresh();
        }
    }

    public void showLog(WebhookView endpoint) {
        logged = endpoint;
        refreshLog();
    }

    public void refreshLog() {
        if (logged == null) {
            return;
        }
        try {
            deliveries = webhooks.deliveries(logged.id());
        } catch (NotFoundException e) {
            logged = null;
            deliveries = List.of();
            Messages.error("admin.webhooks.gone");
        }
    }

    public void redeliver(DeliveryView delivery) {
        try {
            webhooks.redeliver(logged.id(), delivery.id());
            Messages.info("admin.webhooks.redelivered");
        } catch (NotFoundException e) {
            Messages.error("admin.webhooks.gone");
        } catch (ConflictException e) {
            Messages.error("admin.webhooks.redeliver.restricted");
        }
        refreshLog();
    }

    public void forgetSecret() {
        newSecret = null;
    }

    private void refresh() {
        endpoints = webhooks.list();
    }

    private static void invalid() {
        PrimeFaces.current().ajax().addCallbackParam("invalid", true);
    }

    /** "2026-11-24 07:05:31" in the viewer's zone. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(zone.toLocal(instant));
    }

    /** The words of an event type ("Report published"), or the type itself for one the bundle does not know. */
    public String eventLabel(String type) {
        String key = "admin.webhooks.event." + type;
        return Messages.has(key) ? Messages.text(key) : type;
    }

    /** The newest try of a delivery: what the log's row shows. */
    public DeliveryView.AttemptView lastTry(DeliveryView delivery) {
        return delivery.tries().isEmpty() ? null : delivery.tries().get(0);
    }

    public List<String> getEventTypes() {
        return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type).toList();
    }

    public WebhookFormat[] getFormats() {
        return WebhookFormat.values();
    }

    public List<WebhookView> getEndpoints() {
        return endpoints;
    }

    public List<ServiceRef> getServices() {
        return services;
    }

    public boolean isEditing() {
        return edited != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public WebhookFormat getFormat() {
        return format;
    }

    public void setFormat(WebhookFormat format) {
        this.format = format;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public WebhookView getLogged() {
        return logged;
    }

    public List<DeliveryView> getDeliveries() {
        return deliveries;
    }
}
