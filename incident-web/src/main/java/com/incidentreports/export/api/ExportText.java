package com.incidentreports.export.api;

import com.incidentreports.action.ActionStatus;
import com.incidentreports.export.ReportDocument;
import com.incidentreports.platform.web.Messages;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words and values an exported report shows, the same for every format: labels from the message bundle, times
 * in UTC (a document outlives the reader's time zone; it says so), and "not recorded" where nothing was.
 */
final class ExportText {

    static final String ZONE = "UTC";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ExportText() {
    }

    /** The words of {@code key}: exports are in English, the language of the bundle, whoever asks. */
    static String label(String key, Object... arguments) {
        return Messages.text(Locale.ENGLISH, key, arguments);
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** The impact box, label and value, in the order the report page shows it. */
    static String[][] impact(ReportDocument report) {
        String notRecorded = label("report.impact.notRecorded");
        String ongoing = label("report.impact.ongoing");
        return new String[][] {
                {label("report.impact.service"), report.serviceName()},
                {label("report.impact.severity"), report.severity() + " — "
                        + label("severity." + report.severity() + ".meaning")},
                {label("report.impact.started"), time(report.startedAt())},
                {label("report.impact.ended"), report.endedAt() == null ? ongoing : time(report.endedAt())},
                {label("report.impact.duration"), report.duration() == null ? ongoing : report.duration()},
                {label("report.impact.detected"), report.detectedAt() == null ? notRecorded
                        : time(report.detectedAt()) + " (" + label("report.impact.detectedAfter",
                        report.timeToDetect()) + ")"},
                {label("report.impact.usersAffected"), report.usersAffected() == null ? notRecorded
                        : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(report.usersAffected())},
                {label("report.impact.who"), orNotRecorded(report.affectedUsers())},
                {label("report.impact.compensation"), orNotRecorded(report.compensation())}};
    }

    /** The line under the title: service, authors, when published (or that it is a draft). */
    static String byline(ReportDocument report) {
        return report.serviceName() + " · " + label("report.meta.authors", String.join(", ", report.authors()))
                + " · " + (report.publishedAt() == null ? label("status." + report.status())
                : label("report.meta.published", time(report.publishedAt())));
    }

    static String owner(ReportDocument.Action action) {
        return action.ownerName() == null ? label("actions.noOwner")
                : action.ownerName() + " (@" + action.ownerUsername() + ")";
    }

    static String status(ActionStatus status) {
        return label("actions.status." + status);
    }

    static String zone() {
        return label("report.impact.zone", ZONE);
    }

    private static String orNotRecorded(String text) {
        return text == null || text.isBlank() ? label("report.impact.notRecorded") : text;
    }
}
