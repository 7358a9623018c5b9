package com.incidentreports.bench.generate;

import com.incidentreports.bench.generate.MarkdownText.Section;
import com.incidentreports.markdown.Markdown;
import com.incidentreports.report.ReportStatus;
import com.incidentreports.report.Severity;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Five years of incident reports, more each year as the company grows, so that ids follow time: the newest report
 * has the highest id. Most are minor (SEV3/SEV4); a few services have many more incidents than the rest; a few
 * percent are still drafts.
 */
final class ReportsPart implements DatasetPart {

    private static final Duration HISTORY = Duration.ofDays(5 * 365);
    private static final double DRAFT_SHARE = 0.03;
    private static final int RENDER_BATCH = 2_000;
    /** Where the four sections' Markdown and HTML are in a report's row. */
    private static final int SECTIONS = 4;
    private static final int FIRST_MARKDOWN = 11;
    private static final int FIRST_HTML = 15;

    private static final String[] TITLE_SYMPTOMS = {"Elevated error rate", "Partial outage", "Slow responses",
        "Failed payments", "Delayed notifications", "Stale data", "Sign-in failures", "Missing exports",
        "Degraded search", "Full outage"};
    private static final String[] TITLE_TRIGGERS = {"after a configuration push", "during the nightly batch",
        "after a database failover", "behind an expired certificate", "during a traffic spike",
        "after a dependency upgrade", "caused by a retry storm", "while a migration ran"};

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public List<String> tables() {
        return List.of("report", "report_author");
    }

    @Override
    public long generate(Company company, Loader loader) throws SQLException {
        int count = company.scale().reports();
        SplittableRandom random = company.random();
        long[] authorIds = company.authorIds();
        Instant firstDay = company.now().minus(HISTORY);
        List<long[]> authorships = new ArrayList<>(count * 2);
        long[] publishedAt = new long[count];
        byte[] severities = new byte[count];
        List<Object[]> pending = new ArrayList<>(RENDER_BATCH);
        try (RowSink reports = loader.into("report", "id", "title", "service_id", "severity", "status", "started_at",
                "detected_at", "ended_at", "users_affected", "affected_users", "compensation", "incident_md",
                "cause_md", "affected_md", "prevention_md", "incident_html", "cause_html", "affected_html",
                "prevention_html", "created_at", "updated_at", "updated_by",
                "published_at", "version")) {
            for (int i = 0; i < count; i++) {
                long id = i + 1L;
                // Reports per day grow linearly over the years: the i-th report's moment is sqrt-spaced.
                Instant started = firstDay.plusSeconds((long) (HISTORY.toSeconds() * Math.sqrt((i + 0.5) / count)));
                int serviceIndex = skewedServiceIndex(company.services(), random);
                String service = company.serviceName(serviceIndex);
                Severity severity = severity(random);
                Instant detected = started.plus(Duration.ofMinutes(random.nextInt(1, 45)));
                Instant ended = detected.plus(Duration.ofMinutes((long) (30 * Math.exp(1.2 * random.nextGaussian()))));
                Instant written = ended.plus(Duration.ofHours(random.nextInt(2, 72)));
                boolean draft = random.nextDouble() < DRAFT_SHARE || written.isAfter(company.now());
                if (written.isAfter(company.now())) {
                    written = company.now();
                }
                long firstAuthor = authorIds[random.nextInt(authorIds.length)];
                // Drawn in the order they always were, so that a seed gives the same company as before.
                String title = title(severity, random);
                Long usersAffected = usersAffected(severity, random);
                String incident = text(Section.INCIDENT, severity, service, random);
                String cause = text(Section.CAUSE, severity, service, random);
                String affected = text(Section.AFFECTED, severity, service, random);
                String prevention = text(Section.PREVENTION, severity, service, random);
                pending.add(new Object[] {id, title, serviceIndex + 1L, severity.name(),
                    (draft ? ReportStatus.DRAFT : ReportStatus.PUBLISHED).name(), started, detected,
                    ended.isAfter(company.now()) ? null : ended, usersAffected,
                    "Customers of " + service, severity == Severity.SEV1 ? "A service credit of one day." : null,
                    incident, cause, affected, prevention, null, null, null, null,
                    written, written, firstAuthor, draft ? null : written, (long) random.nextInt(0, 4)});
                if (pending.size() == RENDER_BATCH) {
                    addRendered(pending, reports);
                }
                publishedAt[i] = draft ? 0 : written.getEpochSecond();
                severities[i] = (byte) severity.ordinal();
                authorships.add(new long[] {id, firstAuthor});
                long secondAuthor = authorIds[random.nextInt(authorIds.length)];
                if (random.nextInt(4) == 0 && secondAuthor != firstAuthor) {
                    authorships.add(new long[] {id, secondAuthor});
                }
            }
            addRendered(pending, reports);
        }
        company.reportsWritten(publishedAt, severities);
        // One COPY at a time per connection: the authors follow once the reports are in.
        try (RowSink authors = loader.into("report_author", "report_id", "user_id")) {
            for (long[] authorship : authorships) {
                authors.add(authorship[0], authorship[1]);
            }
        }
        return count + (long) authorships.size();
    }

    /**
     * Stores the sections' HTML as the application does when a report is saved, rendered on every core: rendering
     * is most of the time it takes to generate the reports.
     */
    private static void addRendered(List<Object[]> rows, RowSink reports) throws SQLException {
        rows.parallelStream().forEach(row -> {
            for (int section = 0; section < SECTIONS; section++) {
                row[FIRST_HTML + section] = Markdown.of((String) row[FIRST_MARKDOWN + section]).html();
            }
        });
        for (Object[] row : rows) {
            reports.add(row);
        }
        rows.clear();
    }

    /** A few services have most incidents: the square of a uniform draw crowds the first services. */
    private static int skewedServiceIndex(int services, SplittableRandom random) {
        double draw = random.nextDouble();
        return (int) (services * draw * draw);
    }

    private static Severity severity(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.03 ? Severity.SEV1 : draw < 0.15 ? Severity.SEV2 : draw < 0.60 ? Severity.SEV3 : Severity.SEV4;
    }

    private static String title(Severity severity, SplittableRandom random) {
        String symptom = severity == Severity.SEV1 ? "Full outage"
                : TITLE_SYMPTOMS[random.nextInt(TITLE_SYMPTOMS.length - 1)];
        return symptom + " " + TITLE_TRIGGERS[random.nextInt(TITLE_TRIGGERS.length)];
    }

    private static Long usersAffected(Severity severity, SplittableRandom random) {
        int scale = switch (severity) {
            case SEV1 -> 500_000;
            case SEV2 -> 50_000;
            case SEV3 -> 5_000;
            case SEV4 -> 200;
        };
        return random.nextInt(10) == 0 ? null : (long) random.nextInt(1, scale);
    }

    private static String text(Section section, Severity severity, String service, SplittableRandom random) {
        return MarkdownText.write(section, MarkdownText.lengthFor(section, severity, random), service, random);
    }
}
