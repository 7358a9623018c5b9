package com.incidentreports.report.web;

import com.incidentreports.platform.web.ViewerZone;
import com.incidentreports.report.ReportFilter;
import com.incidentreports.report.ReportService;
import com.incidentreports.report.Severity;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceRef;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The home page ({@code index.xhtml}): recent reports across services, with filters. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many services the service filter offers at once; typing more of a name narrows them. */
    static final int SERVICE_SUGGESTIONS = 50;

    @EJB
    private ReportService reports;

    @EJB
    private ServiceCatalog services;

    @Inject
    private ViewerZone zone;

    private ServiceRef service;
    private Severity severity;
    private LocalDate from;
    private LocalDate to;
    private String words;
    private ReportFilter filter = ReportFilter.ALL;
    private ReportListModel model;

    @PostConstruct
    void init() {
        model = new ReportListModel(reports, () -> filter);
    }

    /** Applies the filter fields; the table then reloads from its first page. */
    public void applyFilters() {
        filter = new ReportFilter(service == null ? null : service.id(), severity,
                from == null ? null : zone.toInstant(from.atStartOfDay()),
                to == null ? null : zone.toInstant(to.plusDays(1).atStartOfDay()),
                words == null || words.isBlank() ? null : words.strip());
        firstPage();
    }

    public void clearFilters() {
        service = null;
        severity = null;
        from = null;
        to = null;
        words = null;
        filter = ReportFilter.ALL;
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("home:reports") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The services whose names contain what the person typed in the service filter, by name. */
    public List<ServiceRef> completeService(String words) {
        return services.choices(words, SERVICE_SUGGESTIONS);
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public ReportListModel getModel() {
        return model;
    }

    public ServiceRef getService() {
        return service;
    }

    public void setService(ServiceRef service) {
        this.service = service;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
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

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
