package com.incidentreports.action;

import com.incidentreports.identity.User;

import jakarta.persistence.Column;
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

import java.time.Instant;
import java.util.Objects;

/** One change of an action's status, owner or due date: who made it, when, from what to what, and why. */
@Entity
@Table(name = "action_change")
public class ActionChange {

    public static final int VALUE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_change_seq")
    @SequenceGenerator(name = "action_change_seq", sequenceName = "action_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private FollowUpAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionField field;

    @Column(name = "from_value", length = VALUE_MAX)
    private String from;

    @Column(name = "to_value", length = VALUE_MAX)
    private String to;

    @Column(length = ActionWorkflow.NOTE_MAX)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by", nullable = false)
    private User changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ActionChange() {
    }

    public ActionChange(FollowUpAction action, ActionField field, String from, String to, String note,
                        User changedBy, Instant changedAt) {
        this.action = Objects.requireNonNull(action);
        this.field = Objects.requireNonNull(field);
        this.from = from;
        this.to = to;
        this.note = note;
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public FollowUpAction getAction() {
        return action;
    }

    public ActionField getField() {
        return field;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getNote() {
        return note;
    }

    public User getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ActionChange change && id != null && id.equals(change.id);
    }

    @Override
    public int hashCode() {
        return ActionChange.class.hashCode();
    }
}
