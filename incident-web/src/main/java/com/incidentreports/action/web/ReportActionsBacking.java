package com.incidentreports.action.web;

import com.incidentreports.action.ActionDraft;
import com.incidentreports.action.ActionPriority;
import com.incidentreports.action.ActionService;
import com.incidentreports.action.ActionStatus;
import com.incidentreports.action.ActionTransition;
import com.incidentreports.action.ActionType;
import com.incidentreports.action.ActionView;
import com.incidentreports.identity.PeopleLookup;
import com.incidentreports.identity.Person;
import com.incidentreports.platform.BusinessException;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.web.Messages;
import com.incidentreports.report.ReportDetails;
import com.incidentreports.report.web.ReportBacking;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The follow-up actions panel of the report page ({@code report.xhtml}, under part 4): the report's actions with
 * what the viewer may do to each, the form that proposes, creates or changes one, and the form of a status move.
 */
@Named
@ViewScoped
public class ReportActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActionService actions;

    @EJB
    private PeopleLookup people;

    @Inject
    private ReportBacking report;

    private List<ActionView> list;
    private boolean qaLead;

    /* The action form: a new action (editing null) or a change of one. */
    private ActionView editing;
    private String title;
    private String description;
    private ActionType type;
    private ActionPriority priority;
    private String owner;
    private LocalDate dueDate;

    /* The move form. */
    private ActionView moving;
    private ActionStatus target;
    private String evidence;
    private String note;

    private ActionView historyOf;

    public void load() {
        if (report.getDetails() != null) {
            qaLead = actions.isQaLead();
            list = actions.ofReport(report.getDetails().id());
        }
    }

    public boolean isAvailable() {
        return list != null;
    }

    public List<ActionView> getActions() {
        return list;
    }

    /** Actions that count: all but those agreed not to be done. */
    public long getCounted() {
        return list.stream().filter(action -> action.status() != ActionStatus.WONT_DO).count();
    }

    public long getVerified() {
        return list.stream().filter(action -> action.status() == ActionStatus.VERIFIED).count();
    }

    /** QA leads and admins add actions; the report's authors propose them. */
    public boolean isMayAdd() {
        return qaLead || report.getDetails().editable();
    }

    public boolean isQaLead() {
        return qaLead;
    }

    public void startNew() {
        editing = null;
        title = null;
        description = null;
        type = ActionType.PREVENT;
        priority = ActionPriority.P2;
        owner = null;
        dueDate = actions.defaultDueDate(report.getDetails().severity());
    }

    public void startEdit(ActionView action) {
        editing = action;
        ActionDraft draft = action.toDraft();
        title = draft.title();
        description = draft.description();
        type = draft.type();
        priority = draft.priority();
        owner = draft.owner();
        dueDate = draft.dueDate();
    }

    public void save() {
        ActionDraft draft = new ActionDraft(title, description, type, priority, owner, dueDate);
        try {
            if (editing == null) {
                ActionView created = actions.create(report.getDetails().id(), draft);
                Messages.info(created.owner() == null ? "actions.proposed" : "actions.created");
            } else {
                actions.update(editing.id(), editing.version(), draft);
                Messages.info("actions.saved");
            }
            editing = null;
            reload();
        } catch (InvalidException e) {
            for (FieldError error : e.errors()) {
                Messages.errorAt("actionForm:" + formField(error.field()), Messages.of(error));
            }
            invalid();
        } catch (ConflictException e) {
            Messages.errorAt("actionForm:title", Messages.text("actions.conflict"));
            invalid();
        } catch (ForbiddenException | NotFoundException e) {
            refused(e);
        }
    }

    /** Moves at once when the move needs nothing more than a click; otherwise opens the move form. */
    public void startMove(ActionView action, ActionStatus to) {
        moving = action;
        target = to;
        evidence = null;
        note = null;
        if (needsNothing(action.status(), to)) {
            move();
        } else {
            PrimeFaces.current().executeScript("PF('moveDialog').show()");
        }
    }

    public void move() {
        List<String> links = evidence == null ? List.of()
                : Arrays.stream(evidence.split("\\R")).map(String::strip).filter(link -> !link.isEmpty()).toList();
        try {
            actions.transition(moving.id(), new ActionTransition(target, links, note, moving.version()));
            Messages.info("actions.moved." + target);
            moving = null;
            reload();
        } catch (InvalidException e) {
            for (FieldError error : e.errors()) {
                Messages.errorAt(error.field().startsWith("evidence") ? "move:evidence" : "move:note",
                        Messages.of(error));
            }
            invalid();
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            refused(e);
        }
    }

    public void showHistory(ActionView action) {
        try {
            historyOf = actions.get(action.id());
        } catch (NotFoundException e) {
            refused(e);
        }
    }

    /** The words of a button that moves {@code action} to {@code to}. */
    public String moveLabel(ActionView action, ActionStatus to) {
        String from = action.status().name();
        String specific = "actions.move." + from + "." + to;
        return Messages.has(specific) ? Messages.text(specific) : Messages.text("actions.move." + to);
    }

    /** People to assign, as the owner field is typed. */
    public List<String> completeOwner(String prefix) {
        return people.suggest(prefix).stream().map(Person::username).toList();
    }

    public ActionType[] getTypes() {
        return ActionType.values();
    }

    public ActionPriority[] getPriorities() {
        return ActionPriority.values();
    }

    /** Starting, verifying, agreeing to a requested won't do and going back to open need no evidence or note. */
    private static boolean needsNothing(ActionStatus from, ActionStatus to) {
        return to == ActionStatus.IN_PROGRESS || to == ActionStatus.VERIFIED
                || from == ActionStatus.WONT_DO_REQUESTED && to == ActionStatus.WONT_DO
                || from == ActionStatus.IN_PROGRESS && to == ActionStatus.OPEN;
    }

    private void reload() {
        list = actions.ofReport(report.getDetails().id());
    }

    private void refused(BusinessException e) {
        Messages.error("actions.refused", e.getMessage());
        reload();
    }

    private static void invalid() {
        FacesContext.getCurrentInstance().validationFailed();
        PrimeFaces.current().ajax().addCallbackParam("invalid", true);
    }

    private static String formField(String field) {
        return switch (field) {
            case "description", "type", "priority", "owner", "dueDate" -> field;
            default -> "title";
        };
    }

    public ActionView getEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ActionType getType() {
        return type;
    }

    public void setType(ActionType type) {
        this.type = type;
    }

    public ActionPriority getPriority() {
        return priority;
    }

    public void setPriority(ActionPriority priority) {
        this.priority = priority;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public ActionView getMoving() {
        return moving;
    }

    public ActionStatus getTarget() {
        return target;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ActionView getHistoryOf() {
        return historyOf;
    }
}
