package com.incidentreports.identity.web;

import com.incidentreports.identity.InvitationService;
import com.incidentreports.identity.InvitationSettings;
import com.incidentreports.identity.InvitationStatus;
import com.incidentreports.identity.InvitationView;
import com.incidentreports.identity.NewInvitation;
import com.incidentreports.identity.Roles;
import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.web.Messages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The admin invitations page ({@code admin/invitations.xhtml}): invite someone by email with roles, and see, send
 * again or revoke the invitations, filtered by status. A refused invitation keeps what was typed.
 */
@Named
@ViewScoped
public class AdminInvitationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> GRANTABLE = Roles.ALL.stream().filter(Roles::isGrantable).toList();

    @EJB
    private InvitationService invitations;

    @Inject
    private InvitationSettings settings;

    private InvitationStatus status = InvitationStatus.PENDING;
    private List<InvitationView> list = List.of();
    private String email;
    private List<String> roles = new ArrayList<>();

    public void load() {
        refresh();
    }

    public void refresh() {
        list = invitations.list(status);
    }

    public void invite() {
        try {
            InvitationView created = invitations.invite(new NewInvitation(email, Set.copyOf(roles)));
            Messages.info("admin.invitations.sent", created.email());
            email = null;
            roles = new ArrayList<>();
            status = InvitationStatus.PENDING;
            refresh();
        } catch (InvalidException e) {
            for (FieldError error : e.errors()) {
                Messages.errorAt("roles".equals(error.field()) ? "invite:roles" : "invite:email", Messages.of(error));
            }
        }
    }

    public void resend(InvitationView invitation) {
        try {
            InvitationView sent = invitations.resend(invitation.id());
            Messages.info("admin.invitations.resent", sent.email());
        } catch (ConflictException | NotFoundException e) {
            Messages.error("admin.invitations.notPending", invitation.email());
        }
        refresh();
    }

    public void revoke(InvitationView invitation) {
        try {
            InvitationView revoked = invitations.revoke(invitation.id());
            Messages.info("admin.invitations.revoked", revoked.email());
        } catch (ConflictException | NotFoundException e) {
            Messages.error("admin.invitations.notPending", invitation.email());
        }
        refresh();
    }

    public boolean isOpen(InvitationView invitation) {
        return invitation.status() == InvitationStatus.PENDING || invitation.status() == InvitationStatus.EXPIRED;
    }

    public List<InvitationStatus> getStatuses() {
        return List.of(InvitationStatus.values());
    }

    public List<String> getGrantable() {
        return GRANTABLE;
    }

    public List<InvitationView> getList() {
        return list;
    }

    public long getValidDays() {
        return settings.validity().toDays();
    }

    public int getListMax() {
        return InvitationService.LIST_MAX;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public void setStatus(InvitationStatus status) {
        this.status = status;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
