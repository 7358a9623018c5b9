package com.incidentreports.report.web;

import com.incidentreports.identity.Person;
import com.incidentreports.platform.web.Messages;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.report.ReportDetails;
import com.incidentreports.report.ReportService;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.io.IOException;
import java.io.Serializable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The report page ({@code report.xhtml}, at {@code /reports/{id}}). */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;

    @Inject
    @Param(pathIndex = 0)
    private String id;

    private ReportDetails report;

    /** Loads the report; an unknown, malformed or invisible id is a plain 404. */
    public void load() throws IOException {
        try {
            report = reports.get(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public ReportDetails getDetails() {
        return report;
    }

    public String getAuthorNames() {
        return report.authors().stream().map(Person::displayName).collect(Collectors.joining(", "));
    }

    /** Whom the report is restricted to, besides its authors and admins, in words: "Ann Lee, @sre". */
    public String getRestrictedToNames() {
        return Stream.concat(report.restriction().people().stream().map(Person::displayName),
                        report.restriction().groups().stream().map(group -> Messages.text("report.restricted.group", group)))
                .collect(Collectors.joining(", "));
    }
}
