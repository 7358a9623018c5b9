package com.incidentreports.report.web;

import com.incidentreports.report.ReportFilter;
import com.incidentreports.report.ReportService;
import com.incidentreports.servicelog.web.ServicesBacking;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The reports of one service's incident log ({@code services.xhtml} at {@code /services/{slug}}), newest first: the
 * reports part of the page, whose service {@link ServicesBacking} has loaded.
 */
@Named
@ViewScoped
public class ServiceLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;

    @Inject
    private ServicesBacking services;

    private ReportListModel log;

    public ReportListModel getReports() {
        if (log == null && services.getService() != null) {
            ReportFilter filter = ReportFilter.ofService(services.getService().id());
            log = new ReportListModel(reports, () -> filter);
        }
        return log;
    }
}
