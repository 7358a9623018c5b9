package com.incidentreports.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * Who is calling: the one place services ask for the caller's username, roles and which reports they may see
 * ({@link #visibility()}; {@code report.VisibleReports} loads a report through it). Asked afresh each time rather
 * than remembered for the request, because the request that signs someone in starts with no caller at all.
 */
@RequestScoped
public class Caller {

    @Inject
    private SecurityContext security;

    /** The caller's username; they must have signed in. */
    public String name() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("No one has signed in.");
        }
        return principal.getName();
    }

    public boolean is(String username) {
        return name().equals(username);
    }

    public boolean isInRole(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isAdmin() {
        return isInRole(Roles.ADMIN);
    }

    /** The condition that keeps the caller's queries to the reports they may see. */
    public ReportVisibility visibility() {
        return new ReportVisibility(name(), isAdmin());
    }

    /** QA leads and admins create, assign and verify follow-up actions. */
    public boolean isQaLead() {
        return isInRole(Roles.QA_LEAD) || isAdmin();
    }
}
