package com.incidentreports.report.web;

import com.incidentreports.identity.PeopleLookup;
import com.incidentreports.identity.Person;
import com.incidentreports.identity.Roles;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.web.Messages;
import com.incidentreports.platform.web.ViewerZone;
import com.incidentreports.report.ReportDetails;
import com.incidentreports.report.ReportService;
import com.incidentreports.report.ReportStatus;
import com.incidentreports.report.Severity;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceRef;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report form ({@code write.xhtml}): {@code /write} writes a new report, {@code /write/42} edits report 42. Whatever the outcome of a save, what the person typed stays in the form.
 */
@Named
@ViewScoped
public class WriteReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The sections in page order, by their field names. */
    public static final List<String> SECTIONS = List.of("incident", "cause", "whoWasAffected", "prevention");

    @EJB
    private ReportService reports;

    @EJB
    private ServiceCatalog services;

    @EJB
    private PeopleLookup people;

    @Inject
    private ViewerZone zone;

    @Inject
    @Param(pathIndex = 0)
    private String id;

    @Inject
    @Param(name = "service")
    private String serviceSlug;

    private Long reportId;
    private long version;
    private ReportStatus status;
    private ReportForm form = new ReportForm();
    private List<ServiceRef> serviceChoices;
    private ReportDetails theirs;
    /** Names of the people suggested or chosen so far, by username, to label them in the restriction picker. */
    private final Map<String, String> displayNames = new HashMap<>();

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isUserInRole(Roles.AUTHOR) && !external.isUserInRole(Roles.ADMIN)) {
            sendError(403);
            return;
        }
        serviceChoices = services.choices();
        if (id == null || id.isEmpty()) {
            serviceChoices.stream().filter(service -> service.slug().equals(serviceSlug)).findFirst()
                    .ifPresent(service -> form.setServiceId(service.id()));
            return;
        }
        try {
            ReportDetails report = reports.get(Long.parseLong(id));
            if (!report.editable()) {
                sendError(403);
                return;
            }
            reportId = report.id();
            version = report.version();
            status = report.status();
            form = ReportForm.of(report, zone);
            report.restriction().people().forEach(person -> displayNames.put(person.username(), person.displayName()));
            // A report of an archived service stays in it: its service is offered beside the ones in use.
            if (serviceChoices.stream().noneMatch(service -> service.id() == report.service().id())) {
                serviceChoices = new ArrayList<>(serviceChoices);
                serviceChoices.add(0, report.service());
            }
        } catch (NumberFormatException | NotFoundException e) {
            sendError(404);
        }
    }

    public void saveDraft() throws IOException {
        save(false);
    }

    public void publish() throws IOException {
        save(true);
    }

    private void save(boolean publish) throws IOException {
        try {
            ReportDetails saved = reportId == null
                    ? reports.create(form.toDraft(zone), publish)
                    : reports.update(reportId, version, form.toDraft(zone), publish);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info(saved.status() == ReportStatus.DRAFT ? "edit.saved.draft"
                    : publish && status != ReportStatus.PUBLISHED ? "edit.saved.published" : "edit.saved.changes");
            external.redirect(external.getRequestContextPath() + "/reports/" + saved.id());
        } catch (InvalidException e) {
            for (FieldError error : e.errors()) {
                Messages.errorAt("edit:" + clientIdOf(error.field()), Messages.of(error));
            }
            Messages.error("edit.invalid");
        } catch (ConflictException e) {
            // The conflict card at the top of the form says what happened; a message above it would repeat it.
            theirs = reports.get(reportId);
            version = theirs.version();
        }
    }

    private static String clientIdOf(String field) {
        return switch (field) {
            case "" -> "title";
            case "restriction", "restriction.people" -> "restrictedPeople";
            case "restriction.groups" -> "restrictedGroups";
            default -> field;
        };
    }

    /** People to restrict the report to, by username, whose username or name starts with {@code prefix}. */
    public List<String> suggestPeople(String prefix) {
        List<Person> suggested = people.suggest(prefix);
        suggested.forEach(person -> displayNames.put(person.username(), person.displayName()));
        return suggested.stream().map(Person::username).toList();
    }

    /** Groups people have been given that start with {@code prefix}; any other name can be typed. */
    public List<String> suggestGroups(String prefix) {
        return reports.suggestGroups(prefix);
    }

    /** "Display Name (@username)" for a person suggested or chosen, their username otherwise. */
    public String personLabel(String username) {
        String name = displayNames.get(username);
        return name == null || name.equals(username) ? "@" + username : name + " (@" + username + ")";
    }

    private static void sendError(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }

    /** Sections where the saved version differs from what this person typed: shown side by side. */
    public List<String> getConflictingSections() {
        if (theirs == null) {
            return List.of();
        }
        ReportForm saved = ReportForm.of(theirs, zone);
        return SECTIONS.stream().filter(name -> !Objects.equals(saved.section(name), form.section(name))).toList();
    }

    public String theirSection(String name) {
        return ReportForm.of(theirs, zone).section(name);
    }

    public boolean isNew() {
        return reportId == null;
    }

    /**
     * The version of the report the form's text was written against, sent with the form: a page given back after
     * it expired ({@code platform/web/ExpiredPages}) keeps it, so that a change saved meanwhile by someone else is a
     * conflict when the text is sent again, never overwritten.
     */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isPublished() {
        return status == ReportStatus.PUBLISHED;
    }

    public Long getReportId() {
        return reportId;
    }

    public ReportForm getForm() {
        return form;
    }

    public ReportDetails getTheirs() {
        return theirs;
    }

    public List<ServiceRef> getServices() {
        return serviceChoices;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }
}
