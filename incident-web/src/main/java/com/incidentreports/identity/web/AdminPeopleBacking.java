package com.incidentreports.identity.web;

import com.incidentreports.identity.PeopleService;
import com.incidentreports.identity.PersonAccess;
import com.incidentreports.identity.Roles;
import com.incidentreports.identity.SignInPath;
import com.incidentreports.identity.signin.RoleMapping;
import com.incidentreports.identity.signin.SignInLocks;
import com.incidentreports.platform.BusinessException;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.NotFoundException;
import com.incidentreports.platform.web.Messages;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin people page ({@code admin/people.xhtml}): find people, grant and take back roles, deactivate and
 * reactivate accounts, unlock sign-ins locked after too many wrong passwords. The rules (admins only, not yourself) are the {@link PeopleService}'s.
 */
@Named
@ViewScoped
public class AdminPeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roles an admin can grant here, in the order of the page's columns. */
    private static final List<String> GRANTABLE = Roles.ALL.stream().filter(Roles::isGrantable).toList();

    @EJB
    private PeopleService people;

    @Inject
    private RoleMapping roleMapping;

    @Inject
    private SignInLocks locks;

    private String query;
    private List<PersonRow> rows = List.of();
    /** The role checkboxes, keyed "id:ROLE": what the admin ticked, compared with what is granted. */
    private final Map<String, Boolean> grants = new HashMap<>();

    public void load() {
        search();
    }

    public void search() {
        List<PersonRow> found = new ArrayList<>();
        for (PersonAccess person : people.search(query)) {
            found.add(row(person));
        }
        rows = List.copyOf(found);
        grants.clear();
        rows.forEach(this::rememberGrants);
    }

    /** The admin ticked or unticked {@code role} for the person of {@code row}. */
    public void toggle(PersonRow row, String role) {
        boolean wanted = Boolean.TRUE.equals(grants.get(key(row.person(), role)));
        try {
            PersonAccess changed = wanted ? people.grant(row.person().id(), role, null)
                    : people.revoke(row.person().id(), role, null);
            replace(row(changed));
            Messages.info(wanted ? "admin.people.granted" : "admin.people.revoked",
                    Messages.text("role." + role), changed.displayName());
        } catch (BusinessException e) {
            grants.put(key(row.person(), role), row.granted(role));
            failed(e);
        }
    }

    public void deactivate(PersonRow row) {
        try {
            PersonAccess changed = people.deactivate(row.person().id(), null);
            replace(row(changed));
            Messages.info("admin.people.deactivated.message", changed.displayName());
        } catch (BusinessException e) {
            failed(e);
        }
    }

    public void reactivate(PersonRow row) {
        try {
            PersonAccess changed = people.reactivate(row.person().id(), null);
            replace(row(changed));
            Messages.info("admin.people.reactivated", changed.displayName());
        } catch (BusinessException e) {
            failed(e);
        }
    }

    /** When the person's password sign-ins are unlocked again; null if they are not locked. */
    public Instant lockedUntil(PersonRow row) {
        return locks.lockedUntil(row.person().username()).orElse(null);
    }

    public void unlock(PersonRow row) {
        try {
            PersonAccess person = people.get(row.person().id());
            locks.unlock(person.username(),
                    FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            Messages.info("admin.people.unlocked", person.displayName());
        } catch (BusinessException e) {
            failed(e);
        }
    }

    private static void failed(BusinessException e) {
        if (e instanceof ForbiddenException) {
            Messages.error("admin.people.notYourself");
        } else if (e instanceof NotFoundException) {
            Messages.error("admin.people.gone");
        } else {
            Messages.error("admin.people.failed");
        }
    }

    /** Whether {@code row} is the admin looking at the page, who may not lock themselves out. */
    public boolean isSelf(PersonRow row) {
        return row.person().username().equals(
                FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
    }

    public boolean isLocked(PersonRow row, String role) {
        return Roles.ADMIN.equals(role) && isSelf(row) && row.granted(role);
    }

    private PersonRow row(PersonAccess person) {
        return new PersonRow(person, roleMapping.groupRoles(
                person.signInPath() == null ? SignInPath.LOCAL : person.signInPath(), Set.copyOf(person.groups())));
    }

    private void replace(PersonRow changed) {
        List<PersonRow> updated = new ArrayList<>(rows);
        updated.replaceAll(each -> each.person().id() == changed.person().id() ? changed : each);
        rows = List.copyOf(updated);
        rememberGrants(changed);
    }

    private void rememberGrants(PersonRow row) {
        for (String role : GRANTABLE) {
            grants.put(key(row.person(), role), row.granted(role));
        }
    }

    private static String key(PersonAccess person, String role) {
        return person.id() + ":" + role;
    }

    public String grantKey(PersonRow row, String role) {
        return key(row.person(), role);
    }

    public List<String> getGrantable() {
        return GRANTABLE;
    }

    public Map<String, Boolean> getGrants() {
        return grants;
    }

    public List<PersonRow> getRows() {
        return rows;
    }

    public int getSearchMax() {
        return PeopleService.SEARCH_MAX;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
