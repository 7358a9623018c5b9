package com.incidentreports.demo;

import com.incidentreports.identity.User;
import com.incidentreports.report.ImpactWindow;
import com.incidentreports.report.Report;
import com.incidentreports.servicelog.Service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Fills an empty database with the two reports of the thread that started this product, the follow-up actions of
 * the first and the discussion under the second, so a new user sees something real. {@code incidents.demo-data}: {@code auto} (default) loads
 * into an empty embedded H2 database only; {@code always} loads into any empty database; {@code never} never loads.
 * A database holding any service is never touched.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "incidents.demo-data", defaultValue = "auto")
    private String mode;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void loadIfWanted() {
        if ("never".equals(mode) || "auto".equals(mode) && !isEmbeddedDatabase()) {
            return;
        }
        if (em.createQuery("select count(s) from Service s", Long.class).getSingleResult() > 0) {
            return;
        }
        load(clock.instant());
        LOG.info("Demo data loaded: the Slash GraphQL incident log and a few more services.");
    }

    private boolean isEmbeddedDatabase() {
        return em.unwrap(Session.class).doReturningWork(connection ->
                connection.getMetaData().getURL().startsWith("jdbc:h2:"));
    }

    private void load(Instant now) {
        User author = person("author", "Alex Author", now);
        User sankalan = person("Sankalan13", "Sankalan", now);
        User gja = person("gja", "gja", now);
        User manish = person("manish", "Manish", now);
        User qaLead = person("qalead", "Quinn (QA lead)", now);

        Service slash = service("Slash GraphQL", "Hosted GraphQL backend: API, API Explorer, sign-up and billing.", now);
        service("API Explorer", "The in-browser GraphQL explorer and its Docs section.", now);
        service("Billing and Credits", "Credits, invoices and payment processing.", now);
        service("Identity and Sign-in", "Sign-up, invitations, OAuth and password logins.", now);

        Report introspection = introspection(slash, author, now);
        em.persist(introspection);
        DemoActions.introspection(em, introspection, author, qaLead, now);

        Report credits = new Report(slash, sankalan, now);
        credits.revise(DemoReports.inviteCredits(
                new ImpactWindow(ist(2020, 7, 30, 0, 0), null, ist(2020, 8, 5, 0, 0))),
                slash, sankalan, now);
        credits.publish(ist(2020, 8, 5, 18, 0));
        em.persist(credits);
        DemoDiscussion.inviteCredits(em, credits, Map.of("manish", manish, "Sankalan13", sankalan, "gja", gja),
                List.of(ist(2020, 8, 5, 19, 12), ist(2020, 8, 5, 20, 3), ist(2020, 8, 5, 20, 30),
                        ist(2020, 8, 6, 9, 45)));
    }

    /** The first report of the thread, published, by {@code author} in the log of {@code slash}. */
    static Report introspection(Service slash, User author, Instant now) {
        Report introspection = new Report(slash, author, now);
        introspection.revise(DemoReports.introspection(
                new ImpactWindow(ist(2020, 7, 28, 15, 30), null, ist(2020, 7, 28, 16, 40))), slash, author, now);
        introspection.publish(ist(2020, 7, 28, 19, 0));
        return introspection;
    }

    private User person(String username, String displayName, Instant now) {
        User user = new User(username, displayName, now);
        em.persist(user);
        return user;
    }

    private Service service(String name, String description, Instant now) {
        Service service = new Service(name, description, now);
        em.persist(service);
        return service;
    }

    private static Instant ist(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(IST).toInstant();
    }
}
