package com.incidentreports.identity;

import com.incidentreports.platform.NotFoundException;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * An admin deactivates or reactivates a person's account: a deactivated person cannot sign in, their sessions end
 * and their API tokens stop working at their next request ({@link AccessChanged}).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountDeactivation {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Event<AccessChanged> accessChanged;

    @Inject
    private Event<SecurityEvent> securityEvents;

    public void deactivate(String username) {
        User user = find(username);
        if (user.isActive()) {
            user.deactivate(Clock.systemUTC().instant());
            changed(user, SecurityEvent.Type.PERSON_DEACTIVATED);
        }
    }

    public void reactivate(String username) {
        User user = find(username);
        if (!user.isActive()) {
            user.reactivate();
            changed(user, SecurityEvent.Type.PERSON_REACTIVATED);
        }
    }

    private void changed(User user, SecurityEvent.Type type) {
        em.flush();
        accessChanged.fire(new AccessChanged(user.getUsername()));
        securityEvents.fire(new SecurityEvent(type, context.getCallerPrincipal().getName(), user.getUsername(),
                null));
    }

    private User find(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", username));
    }
}
