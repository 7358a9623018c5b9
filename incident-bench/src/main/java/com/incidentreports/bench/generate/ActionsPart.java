package com.incidentreports.bench.generate;

import com.incidentreports.action.ActionPriority;
import com.incidentreports.action.ActionStatus;
import com.incidentreports.action.ActionType;
import com.incidentreports.markdown.Markdown;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The follow-up actions of published reports, three a report on average: assigned by a QA lead to someone on the
 * staff, due as the severity says (SEV1 14 days, SEV2 28, SEV3 56, SEV4 none). The older the report, the more of
 * its actions are verified or closed; recent ones are mostly open, and some open ones are overdue.
 */
final class ActionsPart implements DatasetPart {

    /** Days to the due date by severity, as the application's defaults; 0 for none. */
    private static final int[] DUE_DAYS = {14, 28, 56, 0};
    private static final ActionType[] TYPES = ActionType.values();
    private static final ActionPriority[] PRIORITIES = ActionPriority.values();
    private static final String[] VERBS = {"Add", "Alert on", "Document", "Test", "Automate", "Review"};
    private static final String[] OBJECTS = {"the failover runbook", "the introspection query in CI",
        "the image build date before releases", "error budgets for the API", "the invite sign-up path end to end",
        "certificate expiry", "the retry limits of the client", "the migration's lock time"};
    /** Every action says the same: rendered once, as the application renders a description when it is saved. */
    private static final Markdown DESCRIPTION = Markdown.of("So that this incident cannot happen again unnoticed.");

    @Override
    public String name() {
        return "actions";
    }

    @Override
    public List<String> tables() {
        return List.of("follow_up_action");
    }

    @Override
    public long generate(Company company, Loader loader) throws SQLException {
        SplittableRandom random = company.random();
        int[] qaLeads = IntStream.rangeClosed(1, company.staff())
                .filter(number -> Staff.groupsOf(number).contains("QA_LEAD")).toArray();
        long today = LocalDate.ofInstant(company.now(), ZoneOffset.UTC).toEpochDay();
        long id = 0;
        try (RowSink actions = loader.into("follow_up_action", "id", "report_id", "title", "description_md",
                "description_html", "action_type", "priority", "status", "owner_id", "assigned_by", "created_by",
                "due_date", "evidence_links", "status_note", "created_at", "updated_at", "closed_at", "version")) {
            for (long report = 1; report <= company.reports(); report++) {
                long published = company.publishedAt(report);
                if (published == 0) {
                    continue;
                }
                int count = random.nextInt(7);
                Instant created = Instant.ofEpochSecond(published).plus(Duration.ofHours(random.nextInt(1, 48)));
                if (created.isAfter(company.now())) {
                    created = company.now();
                }
                long ageDays = today - LocalDate.ofInstant(created, ZoneOffset.UTC).toEpochDay();
                int dueDays = DUE_DAYS[company.severityOrdinal(report)];
                LocalDate due = dueDays == 0 ? null
                        : LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(dueDays);
                for (int k = 0; k < count; k++) {
                    id++;
                    long assigner = qaLeads[random.nextInt(qaLeads.length)];
                    ActionStatus status = status(ageDays, random);
                    boolean delivered = status == ActionStatus.DONE || status == ActionStatus.VERIFIED;
                    boolean closed = delivered || status == ActionStatus.WONT_DO;
                    Instant changed = closed ? created.plus(Duration.ofDays(random.nextInt(1, 60))) : created;
                    if (changed.isAfter(company.now())) {
                        changed = company.now();
                    }
                    actions.add(id, report, VERBS[random.nextInt(VERBS.length)] + " "
                                    + OBJECTS[random.nextInt(OBJECTS.length)],
                            DESCRIPTION.source(), DESCRIPTION.html(),
                            TYPES[random.nextInt(TYPES.length)].name(), PRIORITIES[random.nextInt(PRIORITIES.length)].name(),
                            status.name(), 1L + random.nextInt(company.staff()), assigner, assigner, due,
                            delivered ? "https://ci.example.com/runs/" + id : null,
                            delivered ? "Merged and running in CI." : status == ActionStatus.WONT_DO
                                    ? "Covered by the platform's new alerting." : null,
                            created, changed, closed ? changed : null, 0L);
                }
            }
        }
        return id;
    }

    /** Old reports' actions are mostly closed; this month's are mostly open. */
    static ActionStatus status(long ageDays, SplittableRandom random) {
        double closedShare = Math.min(0.95, ageDays / 120.0);
        double draw = random.nextDouble();
        if (draw < closedShare) {
            double closedDraw = random.nextDouble();
            return closedDraw < 0.75 ? ActionStatus.VERIFIED : closedDraw < 0.9 ? ActionStatus.DONE
                    : ActionStatus.WONT_DO;
        }
        return random.nextInt(3) == 0 ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
    }
}
