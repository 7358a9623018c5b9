package com.incidentreports.action.web;

import com.incidentreports.action.ActionFilter;
import com.incidentreports.action.ActionBoard;
import com.incidentreports.action.ActionService;
import com.incidentreports.action.ActionStatus;
import com.incidentreports.action.ActionType;
import com.incidentreports.action.Backlog;
import com.incidentreports.identity.PeopleLookup;
import com.incidentreports.identity.Person;
import com.incidentreports.platform.api.SortedPageParameters;
import com.incidentreports.platform.web.ViewerZone;
import com.incidentreports.servicelog.ServiceCatalog;
import com.incidentreports.servicelog.ServiceSummary;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.primefaces.component.datatable.DataTable;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The actions page ({@code actions.xhtml}): {@code /actions/mine} lists the viewer's open actions across reports,
 * overdue first; {@code /actions} is the board of every action for QA leads and admins, filtered, sortable, with
 * its CSV export and the backlog figure.
 */
@Named
@ViewScoped
public class ActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String MINE = "mine";

    @EJB
    private ActionService actions;

    @EJB
    private ActionBoard board;

    @EJB
    private ServiceCatalog services;

    @EJB
    private PeopleLookup people;

    @Inject
    private ViewerZone zone;

    @Inject
    @Param(pathIndex = 0)
    private String mode;

    private boolean mine;
    private ServiceSummary service;
    private String owner;
    private ActionStatus status;
    private ActionType type;
    private boolean overdueOnly;
    private ActionFilter filter = ActionFilter.ALL;
    private ActionListModel model;
    private List<ServiceSummary> serviceChoices;
    private Backlog backlog;

    /** My actions for everyone; the board only for QA leads and admins, everyone else is told it is not theirs. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        mine = MINE.equals(mode);
        if (mode != null && !mine) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        if (!mine && !actions.isQaLead()) {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        if (mine) {
            filter = ActionFilter.openOf(faces.getExternalContext().getUserPrincipal().getName());
        }
        model = new ActionListModel(board, () -> filter);
    }

    public void applyFilters() {
        filter = new ActionFilter(service == null ? null : service.id(),
                owner == null || owner.isBlank() ? null : owner.strip(), status, type,
                overdueOnly ? Boolean.TRUE : null, false);
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("board:actions") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clearFilters() {
        service = null;
        owner = null;
        status = null;
        type = null;
        overdueOnly = false;
        applyFilters();
    }

    /** The query of the CSV export: the board's filter and order. */
    public String getExportQuery() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("service", filter.serviceId());
        parameters.put("owner", filter.owner());
        parameters.put("status", filter.status());
        parameters.put("type", filter.type());
        parameters.put("overdue", filter.overdue());
        parameters.put("sort", SortedPageParameters.apiName(model.getSort()));
        parameters.put("order", model.isAscending() ? "asc" : "desc");
        return parameters.entrySet().stream().filter(each -> each.getValue() != null)
                .map(each -> each.getKey() + "=" + URLEncoder.encode(each.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The backlog figure, read when the panel that shows it loads, after the page. */
    public Backlog getBacklog() {
        if (backlog == null) {
            backlog = board.backlog(zone.getId());
        }
        return backlog;
    }

    /** A bar's height as a share of the tallest week, in percent. */
    public int barHeight(int count) {
        return Math.round(100f * count / getBacklog().peak());
    }

    public List<String> completeOwner(String prefix) {
        return people.suggest(prefix).stream().map(Person::username).toList();
    }

    public List<ServiceSummary> getServices() {
        if (serviceChoices == null) {
            serviceChoices = services.all();
        }
        return serviceChoices;
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public ActionType[] getTypes() {
        return ActionType.values();
    }

    public boolean isMine() {
        return mine;
    }

    public ActionListModel getModel() {
        return model;
    }

    public ServiceSummary getService() {
        return service;
    }

    public void setService(ServiceSummary service) {
        this.service = service;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public ActionType getType() {
        return type;
    }

    public void setType(ActionType type) {
        this.type = type;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
