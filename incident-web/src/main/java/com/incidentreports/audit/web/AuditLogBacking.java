package com.incidentreports.audit.web;

import com.incidentreports.audit.AuditFilter;
import com.incidentreports.audit.SecurityAudit;
import com.incidentreports.identity.PeopleLookup;
import com.incidentreports.identity.Person;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.SecurityEvent;
import com.incidentreports.platform.web.Messages;
import com.incidentreports.platform.web.ViewerZone;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The security audit log ({@code admin/audit.xhtml}): admins only. Newest first, filtered by type, by person (who
 * did it or to whom) and by days in the viewer's time zone.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    private SecurityAudit audit;

    @EJB
    private PeopleLookup people;

    @Inject
    private ViewerZone zone;

    private SecurityEvent.Type type;
    private String person;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter filter = AuditFilter.ALL;
    private AuditListModel model;

    /** Everyone else is told the page is not theirs (and the log records that they asked). */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (!external.isUserInRole(Roles.ADMIN)) {
            external.responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        model = new AuditListModel(audit, () -> filter);
    }

    /** Applies the filter fields; the table then shows their first page. A range that ends before it starts is not applied. */
    public void applyFilters() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.errorAt("audit:to", Messages.text("audit.filter.toBeforeFrom"));
            return;
        }
        filter = new AuditFilter(type, person,
                from == null ? null : zone.toInstant(from.atStartOfDay()),
                to == null ? null : zone.toInstant(to.plusDays(1).atStartOfDay()));
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:entries") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clearFilters() {
        type = null;
        person = null;
        from = null;
        to = null;
        applyFilters();
    }

    /** "2026-11-24 07:05:31" in the viewer's zone: an audit trail needs the seconds. */
    public String time(Instant instant) {
        return TIME.format(zone.toLocal(instant));
    }

    public List<String> completePerson(String prefix) {
        return people.suggest(prefix).stream().map(Person::username).toList();
    }

    public SecurityEvent.Type[] getTypes() {
        return SecurityEvent.Type.values();
    }

    public AuditListModel getModel() {
        return model;
    }

    public SecurityEvent.Type getType() {
        return type;
    }

    public void setType(SecurityEvent.Type type) {
        this.type = type;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
