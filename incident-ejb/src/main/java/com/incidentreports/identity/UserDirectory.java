package com.incidentreports.identity;

import com.incidentreports.platform.Language;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The application's own record of people. {@link #admit} is the one seam every sign-in passes through, whatever
 * proved who the person is (the local registry, the company's identity provider).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class UserDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @Inject
    private Event<AccessChanged> accessChanged;

    @Inject
    private Event<SecurityEvent> securityEvents;

    @Inject
    private InvitationAcceptance invitations;

    /**
     * A person has proved who they are: their record is created on their first sign-in or brought up to date from
     * what the sign-in says of them (name, email and groups from the identity provider). A deactivated person's
     * record is left as it is, and the answer says they may not come in. An open invitation to the email address
     * this sign-in verified is accepted here, whatever the path, so its roles come with this very sign-in. Runs in its own transaction so that what
     * is recorded here survives whatever the caller does next.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Access admit(SignInClaims claims) {
        Instant now = clock.instant();
        User user = findByUsername(claims.username());
        if (user == null) {
            user = new User(claims.username(), claims.username(), now);
            user.signedIn(now, claims.path());
            em.persist(user);
        } else if (!user.isActive()) {
            securityEvents.fire(new SecurityEvent(SecurityEvent.Type.SIGN_IN_REFUSED, claims.username(), null,
                    claims.path() + ": the account is deactivated"));
            return Access.of(user);
        } else {
            // Not through the entity: that would change its version, and two sign-ins of one person at the same
            // moment would collide. The version changes only when what the person may do changes.
            em.createQuery("update User u set u.lastSignInAt = :now, u.signInPath = :path where u.id = :id")
                    .setParameter("now", now)
                    .setParameter("path", claims.path())
                    .setParameter("id", user.getId())
                    .executeUpdate();
        }
        if (claims.path() == SignInPath.SSO) {
            user.describe(claims.displayName(), claims.email());
        }
        user.rememberGroups(claims.groups());
        em.flush();
        Optional<String> verifiedEmail = invitations.verifiedEmail(claims);
        if (verifiedEmail.isPresent()) {
            invitations.acceptFor(user, verifiedEmail.get(), now);
            em.flush();
        }
        accessChanged.fire(new AccessChanged(user.getUsername()));
        securityEvents.fire(new SecurityEvent(SecurityEvent.Type.SIGN_IN, claims.username(), null,
                claims.path().name()));
        return Access.of(user);
    }

    /** The caller's record; they must have signed in. */
    public User caller() {
        String username = caller.name();
        User user = findByUsername(username);
        if (user == null) {
            user = new User(username, username, clock.instant());
            em.persist(user);
            em.flush();
        }
        return user;
    }

    /**
     * The language the caller reads in, chosen on their profile; null leaves it to their browser. Pages, the API and
     * the emails they get follow it from their next request on.
     */
    public void chooseLanguage(Language language) {
        User me = caller();
        me.setLanguage(language);
        accessChanged.fire(new AccessChanged(me.getUsername()));
    }

    /** The language the caller chose, or null when their browser's languages decide. */
    public Language language() {
        return caller().getLanguage();
    }

    /**
     * The caller's record, locked until the transaction ends: the caller's concurrent requests that must not both
     * act (two likes of one comment, one request sent twice) wait for each other here.
     */
    public User callerLocked() {
        User me = caller();
        em.refresh(me, LockModeType.PESSIMISTIC_WRITE);
        return me;
    }

    private User findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }
}
