package com.incidentreports.action;

import com.incidentreports.identity.User;
import com.incidentreports.markdown.Markdown;
import com.incidentreports.report.Report;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A promise of part 4 of a report, tracked until someone proves it is kept: what will be done, by whom, by when,
 * and where it stands. Every change of status, owner and due date is kept as an {@link ActionChange}.
 */
@Entity
@Table(name = "follow_up_action")
public class FollowUpAction {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    /** Room for the safe HTML of a description of {@link #DESCRIPTION_MAX} characters, whatever they are. */
    public static final int DESCRIPTION_HTML_MAX = 1_000_000;
    public static final int EVIDENCE_MAX = 5_100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_action_seq")
    @SequenceGenerator(name = "follow_up_action_seq", sequenceName = "follow_up_action_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /* The description with its safe HTML, rendered whenever it changes: the report page shows it as it is. */
    @Embedded
    @AttributeOverride(name = "source", column = @Column(name = "description_md", length = DESCRIPTION_MAX))
    @AttributeOverride(name = "html", column = @Column(name = "description_html", length = DESCRIPTION_HTML_MAX))
    private Markdown description;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false, length = 16)
    private ActionType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private ActionPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ActionStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private User owner;

    /** The QA lead who gave it its current owner. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_by")
    private User assignedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false)
    private User createdBy;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /**
     * The evidence links, one a line: always read and written together, and read with the action without a statement
     * of their own. A link never holds a line break.
     */
    @Column(name = "evidence_links", length = EVIDENCE_MAX)
    private String evidence;

    /** What was done, or why it will not be: the note of the last move that needed one. */
    @Column(name = "status_note", length = ActionWorkflow.NOTE_MAX)
    private String statusNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When it was verified or agreed not to be done; null while it is not. */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** The day its owner was last reminded of it: at most one reminder a day. */
    @Column(name = "last_reminded_on")
    private LocalDate lastRemindedOn;

    @Version
    private long version;

    protected FollowUpAction() {
    }

    public FollowUpAction(Report report, User creator, Instant now) {
        this.report = Objects.requireNonNull(report);
        this.createdBy = Objects.requireNonNull(creator);
        this.status = ActionStatus.PROPOSED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces what the action says it will do. */
    public void describe(String title, String description, ActionType type, ActionPriority priority, Instant now) {
        this.title = Objects.requireNonNull(title);
        this.description = Markdown.of(description);
        this.type = Objects.requireNonNull(type);
        this.priority = Objects.requireNonNull(priority);
        this.updatedAt = now;
    }

    /** Gives it an owner, chosen by {@code qaLead}; a proposal becomes open. */
    public void assign(User newOwner, User qaLead, Instant now) {
        this.owner = Objects.requireNonNull(newOwner);
        this.assignedBy = Objects.requireNonNull(qaLead);
        if (status == ActionStatus.PROPOSED) {
            status = ActionStatus.OPEN;
        }
        this.updatedAt = now;
    }

    public void dueOn(LocalDate due, Instant now) {
        this.dueDate = due;
        this.updatedAt = now;
    }

    /** Moves it to {@code to}, as the workflow allowed; done keeps its evidence, reopening keeps the old for reference. */
    public void move(ActionStatus to, List<String> links, String note, Instant now) {
        if (to == ActionStatus.DONE) {
            this.evidence = links.isEmpty() ? null : String.join("\n", links);
        }
        if (note != null) {
            this.statusNote = note;
        }
        this.status = to;
        this.closedAt = to.isClosed() ? now : null;
        this.updatedAt = now;
    }

    public boolean isOwnedBy(String username) {
        return owner != null && owner.getUsername().equals(username);
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public String getTitle() {
        return title;
    }

    public Markdown getDescription() {
        return Objects.requireNonNullElse(description, Markdown.NONE);
    }

    public ActionType getType() {
        return type;
    }

    public ActionPriority getPriority() {
        return priority;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public User getOwner() {
        return owner;
    }

    public User getAssignedBy() {
        return assignedBy;
    }

    public User getCreatedBy() {
        return createdBy;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public List<String> getEvidence() {
        return evidence == null ? List.of() : List.of(evidence.split("\n"));
    }

    public String getStatusNote() {
        return statusNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getLastRemindedOn() {
        return lastRemindedOn;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FollowUpAction action && id != null && id.equals(action.id);
    }

    @Override
    public int hashCode() {
        return FollowUpAction.class.hashCode();
    }
}
