package com.incidentreports.report.web;

import com.incidentreports.platform.web.ViewerZone;
import com.incidentreports.report.ReportDetails;
import com.incidentreports.report.ReportDraft;
import com.incidentreports.report.ReportRestriction;
import com.incidentreports.report.Severity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** What the report form holds while a person types: times in the viewer's zone, everything else as typed. */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private Long serviceId;
    private Severity severity;
    private LocalDateTime startedAt;
    private LocalDateTime detectedAt;
    private LocalDateTime endedAt;
    private Long usersAffected;
    private String affectedUsers;
    private String compensation;
    private String incident;
    private String cause;
    private String whoWasAffected;
    private String prevention;
    private boolean restricted;
    private List<String> restrictedPeople = new ArrayList<>();
    private List<String> restrictedGroups = new ArrayList<>();

    public static ReportForm of(ReportDetails report, ViewerZone zone) {
        ReportForm form = new ReportForm();
        form.title = report.title();
        form.serviceId = report.service().id();
        form.severity = report.severity();
        form.startedAt = zone.toLocal(report.startedAt());
        form.detectedAt = zone.toLocal(report.detectedAt());
        form.endedAt = zone.toLocal(report.endedAt());
        form.usersAffected = report.usersAffected();
        form.affectedUsers = report.affectedUsers();
        form.compensation = report.compensation();
        form.incident = report.incident();
        form.cause = report.cause();
        form.whoWasAffected = report.whoWasAffected();
        form.prevention = report.prevention();
        form.restricted = report.restriction().restricted();
        form.restrictedPeople = new ArrayList<>(report.restriction().toDraft().people());
        form.restrictedGroups = new ArrayList<>(report.restriction().groups());
        return form;
    }

    public ReportDraft toDraft(ViewerZone zone) {
        return new ReportDraft(title, serviceId, severity, zone.toInstant(startedAt), zone.toInstant(detectedAt),
                zone.toInstant(endedAt), usersAffected, affectedUsers, compensation, incident, cause,
                whoWasAffected, prevention, new ReportRestriction(restricted, restrictedPeople, restrictedGroups));
    }

    /** A section's text by its name in the page ("incident", "cause", "whoWasAffected", "prevention"). */
    public String section(String name) {
        return switch (name) {
            case "incident" -> incident;
            case "cause" -> cause;
            case "whoWasAffected" -> whoWasAffected;
            case "prevention" -> prevention;
            default -> throw new IllegalArgumentException("No section " + name);
        };
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    /** Usernames. */
    public List<String> getRestrictedPeople() {
        return restrictedPeople;
    }

    public void setRestrictedPeople(List<String> restrictedPeople) {
        this.restrictedPeople = restrictedPeople == null ? new ArrayList<>() : new ArrayList<>(restrictedPeople);
    }

    public List<String> getRestrictedGroups() {
        return restrictedGroups;
    }

    public void setRestrictedGroups(List<String> restrictedGroups) {
        this.restrictedGroups = restrictedGroups == null ? new ArrayList<>() : new ArrayList<>(restrictedGroups);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalDateTime getDetectedAt() {
        return detectedAt;
    }

    public void setDetectedAt(LocalDateTime detectedAt) {
        this.detectedAt = detectedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }

    public Long getUsersAffected() {
        return usersAffected;
    }

    public void setUsersAffected(Long usersAffected) {
        this.usersAffected = usersAffected;
    }

    public String getAffectedUsers() {
        return affectedUsers;
    }

    public void setAffectedUsers(String affectedUsers) {
        this.affectedUsers = affectedUsers;
    }

    public String getCompensation() {
        return compensation;
    }

    public void setCompensation(String compensation) {
        this.compensation = compensation;
    }

    public String getIncident() {
        return incident;
    }

    public void setIncident(String incident) {
        this.incident = incident;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }

    public String getWhoWasAffected() {
        return whoWasAffected;
    }

    public void setWhoWasAffected(String whoWasAffected) {
        this.whoWasAffected = whoWasAffected;
    }

    public String getPrevention() {
        return prevention;
    }

    public void setPrevention(String prevention) {
        this.prevention = prevention;
    }
}
