package com.incidentreports.notification;

import com.incidentreports.identity.Roles;
import com.incidentreports.identity.SignInPath;
import com.incidentreports.identity.User;
import com.incidentreports.platform.Language;
import com.incidentreports.webhook.WebhookEndpointDisabled;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells every admin that a webhook turned itself off after failing too often: in the bell (a
 * {@link NotificationKind#WEBHOOK_DISABLED} notice, leading to the webhooks page), and by email to those with an
 * address. Both are written in the transaction that turned it off; the emails go out after it commits. Admins are
 * the active people granted ADMIN here, or given it by their groups at their last sign-in, as the sign-in maps them:
 * the local group ADMIN, or one of the identity provider's admin groups ({@code sso.groups.admin}).
 */
@Dependent
public class WebhookMail {

    private static final String BUNDLE = "com.incidentreports.notification.mail";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailQueued> mailQueued;

    @Inject
    @ConfigProperty(name = "incidents.base-url", defaultValue = "http://localhost:9080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "sso.groups.admin", defaultValue = Roles.ADMIN)
    String adminGroups;

    @Inject
    private Clock clock;

    void disabled(@Observes WebhookEndpointDisabled disabled) {
        Object[] arguments = {disabled.name(), disabled.url(), disabled.failures(), baseUrl + "/admin/webhooks"};
        Instant now = clock.instant();
        boolean queued = false;
        for (User admin : admins()) {
            em.persist(Notification.notice(admin, NotificationKind.WEBHOOK_DISABLED, now));
            if (admin.getEmail() == null || admin.getEmail().isBlank()) {
                continue;
            }
            // Each admin reads it in the language they chose (English without a choice).
            Locale language = Language.localeOf(admin.getLanguage(), Language.DEFAULT);
            ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language, WebhookMail.class.getClassLoader());
            em.persist(new OutboxMail(admin.getEmail(),
                    format(language, words.getString("mail.WEBHOOK_DISABLED.subject"), arguments),
                    format(language, words.getString("mail.WEBHOOK_DISABLED.body"), arguments), now));
            queued = true;
        }
        if (queued) {
            mailQueued.fire(new MailQueued());
        }
    }

    private List<User> admins() {
        Set<String> groups = Arrays.stream(adminGroups.split(",")).map(String::strip).filter(g -> !g.isEmpty())
                .collect(Collectors.toSet());
        return em.createQuery("""
                        select u from User u where u.deactivatedAt is null
                        and (exists (select 1 from User a join a.grantedRoles r where a = u and r = :admin)
                             or ((u.signInPath is null or u.signInPath = :local)
                                 and exists (select 1 from User b join b.groups g where b = u and g = :admin))
                             or (u.signInPath = :sso
                                 and exists (select 1 from User c join c.groups h where c = u and h in :ssoGroups)))
                        order by u.id""", User.class)
                .setParameter("admin", Roles.ADMIN)
                .setParameter("local", SignInPath.LOCAL)
                .setParameter("sso", SignInPath.SSO)
                .setParameter("ssoGroups", groups.isEmpty() ? Set.of(Roles.ADMIN) : groups)
                .getResultList();
    }

    private static String format(Locale language, String pattern, Object... arguments) {
        return new MessageFormat(pattern.replace("'", "''"), language).format(arguments);
    }
}
