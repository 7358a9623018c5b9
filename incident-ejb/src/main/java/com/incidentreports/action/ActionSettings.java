package com.incidentreports.action;

import com.incidentreports.report.Severity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * The operator's settings of follow-up actions (Liberty variables or environment variables, see the README): the
 * default due date per severity, and when reminders go out and escalate.
 */
@ApplicationScoped
public class ActionSettings {

    @Inject
    @ConfigProperty(name = "incidents.actions.due-days.sev1", defaultValue = "14")
    int sev1;

    @Inject
    @ConfigProperty(name = "incidents.actions.due-days.sev2", defaultValue = "28")
    int sev2;

    @Inject
    @ConfigProperty(name = "incidents.actions.due-days.sev3", defaultValue = "56")
    int sev3;

    @Inject
    @ConfigProperty(name = "incidents.actions.due-days.sev4", defaultValue = "0")
    int sev4;

    @Inject
    @ConfigProperty(name = "incidents.actions.reminder-hour", defaultValue = "7")
    int reminderHour;

    @Inject
    @ConfigProperty(name = "incidents.actions.escalate-after-days", defaultValue = "7")
    int escalateAfterDays;

    public ActionDueDates dueDates() {
        return new ActionDueDates(Map.of(Severity.SEV1, sev1, Severity.SEV2, sev2, Severity.SEV3, sev3,
                Severity.SEV4, sev4));
    }

    /** The hour of the day (0–23, UTC) the daily reminders go out. */
    public int reminderHour() {
        return Math.floorMod(reminderHour, 24);
    }

    /** Overdue by more than this many days, an action's reminder also goes to the QA lead who assigned it. */
    public int escalateAfterDays() {
        return escalateAfterDays;
    }
}
