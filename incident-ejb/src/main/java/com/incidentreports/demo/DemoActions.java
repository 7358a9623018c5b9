package com.incidentreports.demo;

import com.incidentreports.action.ActionChange;
import com.incidentreports.action.ActionField;
import com.incidentreports.action.ActionPriority;
import com.incidentreports.action.ActionStatus;
import com.incidentreports.action.ActionType;
import com.incidentreports.action.FollowUpAction;
import com.incidentreports.identity.User;
import com.incidentreports.report.Report;

import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The two promises of part 4 of the introspection report as follow-up actions: the API test of the introspection
 * query, delivered and verified with evidence; the check of the image's build date, overdue.
 */
final class DemoActions {

    private DemoActions() {
    }

    static void introspection(EntityManager em, Report report, User author, User qaLead, Instant now) {
        Instant assignedAt = now.minus(Duration.ofDays(30));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

        FollowUpAction apiTest = action(em, report, qaLead, author, "Add the introspection query to the API test suite",
                """
                Run the introspection query in the API tests on every CI build, so that a broken schema fails the \
                build instead of production.""", ActionType.DETECT, ActionPriority.P1, today.minusDays(10),
                assignedAt);
        Instant doneAt = now.minus(Duration.ofDays(12));
        move(em, apiTest, ActionStatus.DONE, author, doneAt,
                List.of("https://github.com/dgraph-io/dgraph/pull/6132",
                        "https://ci.example.com/slash/api-tests/runs/4812"),
                "The API suite now runs the introspection query against every build; a run with it broken failed.");
        move(em, apiTest, ActionStatus.VERIFIED, qaLead, now.minus(Duration.ofDays(11)), List.of(), null);

        action(em, report, qaLead, author, "Check the Slash image's build date before updating the Alpha images",
                """
                Before the Alpha images are updated, compare the build date of the `slash` image with the latest \
                master, deploy it to staging and run the regression tests there.""", ActionType.PROCESS,
                ActionPriority.P2, today.minusDays(5), assignedAt);
    }

    private static FollowUpAction action(EntityManager em, Report report, User qaLead, User owner, String title,
                                         String description, ActionType type, ActionPriority priority,
                                         LocalDate due, Instant at) {
        FollowUpAction action = new FollowUpAction(report, qaLead, at);
        action.describe(title, description, type, priority, at);
        action.dueOn(due, at);
        action.assign(owner, qaLead, at);
        em.persist(action);
        em.persist(new ActionChange(action, ActionField.STATUS, null, ActionStatus.OPEN.name(), null, qaLead, at));
        em.persist(new ActionChange(action, ActionField.DUE_DATE, null, due.toString(), null, qaLead, at));
        em.persist(new ActionChange(action, ActionField.OWNER, null, owner.getUsername(), null, qaLead, at));
        return action;
    }

    private static void move(EntityManager em, FollowUpAction action, ActionStatus to, User by, Instant at,
                             List<String> evidence, String note) {
        em.persist(new ActionChange(action, ActionField.STATUS, action.getStatus().name(), to.name(), note, by, at));
        action.move(to, evidence, note, at);
    }
}
