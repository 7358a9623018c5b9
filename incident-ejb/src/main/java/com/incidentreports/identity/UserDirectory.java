package com.incidentreports.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/**
 * The application's own record of people. {@link #signIn()} is the seam between authentication (the demo registry
 * today, single sign-on later) and everything that refers to a person.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class UserDirectory {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * The signed-in caller's record, created on their first sign-in. Runs in its own transaction so that a record
     * created here survives whatever the caller does next.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Person signIn() {
        return Person.of(signedIn(context.getCallerPrincipal().getName()));
    }

    /**
     * Single sign-on: the caller's record, created or brought up to date from what the identity provider says of
     * them (name and email; their groups give their roles for this session).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Person signIn(SsoProfile profile) {
        if (!profile.username().equals(context.getCallerPrincipal().getName())) {
            throw new IllegalArgumentException("The profile is not the caller's");
        }
        User user = signedIn(profile.username());
        user.describe(profile.displayName(), profile.email());
        return Person.of(user);
    }

    private User signedIn(String username) {
        Instant now = Clock.systemUTC().instant();
        User user = findByUsername(username);
        if (user == null) {
            user = new User(username, username, now);
            em.persist(user);
            em.flush();
        } else {
            user.signedIn(now);
        }
        return user;
    }

    /** The caller's record; they must have signed in. */
    public User caller() {
        String username = context.getCallerPrincipal().getName();
        User user = findByUsername(username);
        return user != null ? user : em.find(User.class, signIn().id());
    }

    private User findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }
}
