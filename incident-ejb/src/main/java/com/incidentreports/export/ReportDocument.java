package com.incidentreports.export;

import com.incidentreports.action.ActionStatus;
import com.incidentreports.action.FollowUpAction;
import com.incidentreports.identity.User;
import com.incidentreports.markdown.Markdown;
import com.incidentreports.report.Durations;
import com.incidentreports.report.Report;
import com.incidentreports.report.ReportStatus;
import com.incidentreports.report.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A report as a document leaves the application in: what its page shows (title, impact, the four parts as Markdown
 * with their safe HTML) and its follow-up actions with owner and status; nothing of the discussion. The exports
 * (Markdown, PDF) are written from it.
 */
public record ReportDocument(
        long id,
        String title,
        String serviceName,
        String serviceSlug,
        Severity severity,
        ReportStatus status,
        Instant startedAt,
        Instant detectedAt,
        Instant endedAt,
        /* How long users were affected, as people say it; null while the incident is open. */
        String duration,
        /* How long it took to notice, as people say it; null when detection was not recorded. */
        String timeToDetect,
        Long usersAffected,
        String affectedUsers,
        String compensation,
        Markdown incident,
        Markdown cause,
        Markdown whoWasAffected,
        Markdown prevention,
        /* The authors' display names, in alphabetical order. */
        List<String> authors,
        Instant publishedAt,
        Instant updatedAt,
        List<Action> actions) {

    /** A follow-up action as a document lists it; no owner while it is a proposal. */
    public record Action(String title, String ownerName, String ownerUsername, ActionStatus status,
                         LocalDate dueDate) {

        static Action of(FollowUpAction action) {
            User owner = action.getOwner();
            return new Action(action.getTitle(), owner == null ? null : owner.getDisplayName(),
                    owner == null ? null : owner.getUsername(), action.getStatus(), action.getDueDate());
        }
    }

    /** {@code report} with its authors and service loaded, and its {@code actions} in the order they are listed. */
    public static ReportDocument of(Report report, List<FollowUpAction> actions) {
        return new ReportDocument(
                report.getId() == null ? 0 : report.getId(),
                report.getTitle(),
                report.getService().getName(),
                report.getService().getSlug(),
                report.getSeverity(),
                report.getStatus(),
                report.getImpact().startedAt(),
                report.getImpact().detectedAt().orElse(null),
                report.getImpact().endedAt().orElse(null),
                report.getImpact().duration().map(d -> Durations.spoken(d, Locale.ENGLISH)).orElse(null),
                report.getImpact().timeToDetect().map(d -> Durations.spoken(d, Locale.ENGLISH)).orElse(null),
                report.getUsersAffected(),
                report.getAffectedUsers(),
                report.getCompensation(),
                report.getIncident(),
                report.getCause(),
                report.getWhoWasAffected(),
                report.getPrevention(),
                report.getAuthors().stream().map(User::getDisplayName).sorted(String.CASE_INSENSITIVE_ORDER)
                        .toList(),
                report.getPublishedAt(),
                report.getUpdatedAt(),
                actions.stream().map(Action::of).toList());
    }

    /** Actions that count towards "n of m verified": all but those agreed not to be done. */
    public long countedActions() {
        return actions.stream().filter(action -> action.status() != ActionStatus.WONT_DO).count();
    }

    public long verifiedActions() {
        return actions.stream().filter(action -> action.status() == ActionStatus.VERIFIED).count();
    }
}
