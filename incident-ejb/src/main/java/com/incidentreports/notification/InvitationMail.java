package com.incidentreports.notification;

import com.incidentreports.identity.InvitationSent;
import com.incidentreports.identity.Roles;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The email that tells someone they were invited: written to the outbox in the transaction of the invitation (an
 * observer of {@link InvitationSent}, so an invitation that is not saved sends nothing) and sent after it commits,
 * like every other email.
 */
@Dependent
public class InvitationMail {

    private static final String BUNDLE = "com.incidentreports.notification.mail";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailQueued> mailQueued;

    @Inject
    @ConfigProperty(name = "incidents.base-url", defaultValue = "http://localhost:9080")
    String baseUrl;

    @Inject
    private Clock clock;

    void sent(@Observes InvitationSent invitation) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, InvitationMail.class.getClassLoader());
        String roleNames = invitation.roles().stream().sorted(Comparator.comparingInt(Roles.ALL::indexOf))
                .map(role -> words.getString("mail.role." + role)).collect(Collectors.joining(", "));
        Object[] arguments = {invitation.invitedBy(), roleNames, DAY.format(invitation.expiresAt()), baseUrl + "/login"};
        em.persist(new OutboxMail(invitation.email(), format(words.getString("mail.INVITATION.subject"), arguments),
                format(words.getString("mail.INVITATION.body"), arguments), clock.instant()));
        mailQueued.fire(new MailQueued());
    }

    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern.replace("'", "''"), Locale.ENGLISH).format(arguments);
    }
}
