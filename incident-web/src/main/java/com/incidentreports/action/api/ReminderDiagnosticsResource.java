package com.incidentreports.action.api;

import com.incidentreports.action.ActionReminders;
import com.incidentreports.action.ReminderSummary;
import com.incidentreports.platform.api.Problem.InvalidField;
import com.incidentreports.platform.api.ProblemException;
import com.incidentreports.platform.web.SqlStatementLog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** Runs the daily action reminders for a chosen day or today, for tests; only while diagnostics are switched on. */
@Path("diagnostics/action-reminders")
@RequestScoped
@Tag(name = "Diagnostics", description = "What requests cost; only while diagnostics are switched on.")
public class ReminderDiagnosticsResource {

    @Inject
    private SqlStatementLog diagnostics;

    @EJB
    private ActionReminders reminders;

    @Inject
    private Clock clock;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "runActionReminders", summary = "Runs the daily action reminders as on a given day",
            description = "As the daily timer does, for the day in date (an ISO date), or without date for the day "
                    + "of the application's clock (see PUT /diagnostics/clock). Runs once a day at most.")
    @APIResponse(responseCode = "200", description = "What the run did.",
            content = @Content(schema = @Schema(implementation = ReminderSummary.class)))
    @APIResponse(responseCode = "404", description = "Diagnostics are switched off.")
    public ReminderSummary run(@QueryParam("date") String date) {
        if (!diagnostics.isEnabled()) {
            throw ProblemException.notFound("Diagnostics are switched off.");
        }
        try {
            LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock) : LocalDate.parse(date.strip());
            return reminders.remind(day);
        } catch (DateTimeException e) {
            throw ProblemException.invalidInput(List.of(new InvalidField("date",
                    "date must be an ISO date such as 2026-05-01, or left out for today.")));
        }
    }
}
