package com.incidentreports.action;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Runs the reminders once a day at {@code incidents.actions.reminder-hour} (UTC). A calendar timer of this bean
 * rather than {@code @Schedule}, whose hour would be fixed at build time. Every server has the timer; the
 * reminders themselves make sure only one sends.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private ActionReminders reminders;

    @Inject
    private ActionSettings settings;

    @Inject
    private Clock clock;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour(settings.reminderHour()).minute(0).second(0)
                .timezone("UTC"), new TimerConfig(null, false));
    }

    @Timeout
    void daily() {
        ReminderSummary summary = reminders.remind(LocalDate.now(clock));
        LOG.info(() -> summary.claimed()
                ? "Action reminders of " + summary.day() + ": " + summary.reminded() + " reminded, "
                        + summary.escalated() + " escalated."
                : "Action reminders of " + summary.day() + " were already sent.");
    }
}
