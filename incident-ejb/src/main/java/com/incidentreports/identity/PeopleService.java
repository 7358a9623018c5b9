package com.incidentreports.identity;

import com.incidentreports.platform.ConflictException;
import com.incidentreports.platform.FieldError;
import com.incidentreports.platform.ForbiddenException;
import com.incidentreports.platform.InvalidException;
import com.incidentreports.platform.LikePattern;
import com.incidentreports.platform.NotFoundException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Admins look people up, grant and take back roles, and deactivate and reactivate accounts. Every change fires
 * {@link AccessChanged} (signed-in sessions pick it up at their next request) and a {@link SecurityEvent}. Roles
 * that come from a person's groups at the identity provider are the provider's to change, not this service's. No
 * admin can deactivate themselves or take away their own ADMIN role: the last admin could lock everyone out.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PeopleService {

    /** The most a search shows. */
    public static final int SEARCH_MAX = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private UserDirectory users;

    @Inject
    private Event<AccessChanged> accessChanged;

    @Inject
    private Event<SecurityEvent> securityEvents;

    /** People whose name, username or email contains {@code query} (everyone for a blank one), by name. */
    public List<PersonAccess> search(String query) {
        String words = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + LikePattern.escape(words) + "%";
        List<Long> ids = em.createQuery("select u.id from User u where lower(u.username) like :q escape '\\'"
                        + " or lower(u.displayName) like :q escape '\\' or lower(u.email) like :q escape '\\'"
                        + " order by lower(u.displayName), u.id", Long.class)
                .setParameter("q", pattern)
                .setMaxResults(SEARCH_MAX)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // No "distinct": Hibernate returns each user once anyway, and PostgreSQL refuses DISTINCT with this ORDER BY.
        return em.createQuery("select u from User u left join fetch u.grantedRoles left join fetch u.groups"
                        + " where u.id in :ids order by lower(u.displayName), u.id", User.class)
                .setParameter("ids", ids)
                .getResultStream().map(PersonAccess::of).toList();
    }

    public PersonAccess get(long id) {
        return PersonAccess.of(find(id, null));
    }

    /** Grants {@code role} (AUTHOR, QA_LEAD or ADMIN); nothing changes if it was granted already. */
    public PersonAccess grant(long id, String role, Long expectedVersion) {
        if (!Roles.isGrantable(role)) {
            throw new InvalidException(List.of(new FieldError("role", "invitation.roles.unknown",
                    "Only AUTHOR, QA_LEAD and ADMIN can be given.")));
        }
        User person = find(id, expectedVersion);
        if (person.grant(role)) {
            changed(person, SecurityEvent.Type.ROLE_GRANTED, role);
        }
        return PersonAccess.of(person);
    }

    /** Takes back a role granted here; a role that comes from the person's provider groups stays theirs. */
    public PersonAccess revoke(long id, String role, Long expectedVersion) {
        User person = find(id, expectedVersion);
        if (Roles.ADMIN.equals(role) && isCaller(person)) {
            throw new ForbiddenException("You cannot take away your own ADMIN role; ask another admin.");
        }
        if (person.revoke(role)) {
            changed(person, SecurityEvent.Type.ROLE_REVOKED, role);
        }
        return PersonAccess.of(person);
    }

    /** The person can no longer sign in and their sessions end at their next request; all they wrote stays. */
    public PersonAccess deactivate(long id, Long expectedVersion) {
        User person = find(id, expectedVersion);
        if (isCaller(person)) {
            throw new ForbiddenException("You cannot deactivate your own account; ask another admin.");
        }
        if (person.isActive()) {
            person.deactivate(clock.instant());
            changed(person, SecurityEvent.Type.PERSON_DEACTIVATED, null);
        }
        return PersonAccess.of(person);
    }

    public PersonAccess reactivate(long id, Long expectedVersion) {
        User person = find(id, expectedVersion);
        if (!person.isActive()) {
            person.reactivate();
            changed(person, SecurityEvent.Type.PERSON_REACTIVATED, null);
        }
        return PersonAccess.of(person);
    }

    private void changed(User person, SecurityEvent.Type type, String detail) {
        em.flush();
        accessChanged.fire(new AccessChanged(person.getUsername()));
        securityEvents.fire(new SecurityEvent(type, users.caller().getUsername(), person.getUsername(), detail));
    }

    private boolean isCaller(User person) {
        return person.equals(users.caller());
    }

    private User find(long id, Long expectedVersion) {
        User person = em.find(User.class, id);
        if (person == null) {
            throw new NotFoundException("Person", id);
        }
        if (expectedVersion != null && expectedVersion != person.getVersion()) {
            throw new ConflictException("Someone changed " + person.getUsername() + " since you read them.");
        }
        return person;
    }
}
