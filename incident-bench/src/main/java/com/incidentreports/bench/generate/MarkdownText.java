package com.incidentreports.bench.generate;

import com.incidentreports.report.Severity;

import java.util.SplittableRandom;

/**
 * The four sections of a report as people write them: paragraphs, a timeline, a log excerpt, lists of who was hit
 * and what will change. Lengths vary as real write-ups do (log-normally) and grow with severity: a SEV1 post-mortem
 * runs to pages, a SEV4 to a few lines.
 */
public final class MarkdownText {

    /** A section of a report and the length of a typical SEV3 one, in characters. */
    public enum Section {
        INCIDENT(900), CAUSE(1_400), AFFECTED(600), PREVENTION(900);

        private final int typicalLength;

        Section(int typicalLength) {
            this.typicalLength = typicalLength;
        }
    }

    public static final int SHORTEST = 150;
    public static final int LONGEST = 20_000;

    /** The longest block {@link #write} appends; a section overshoots its length by less than this. */
    public static final int LONGEST_BLOCK = 700;

    private static final String[] SYMPTOMS = {"elevated 5xx responses", "timeouts on every third request",
        "a growing consumer lag", "stale search results", "failed card payments", "duplicate notifications",
        "slow page loads above eight seconds", "sign-ins looping back to the login page", "missing invoices",
        "a full disk on the primary database"};
    private static final String[] CAUSES = {"a configuration push that halved the connection pool",
        "an expired TLS certificate on the internal load balancer", "a schema migration that locked a hot table",
        "a retry storm after a brief network partition", "a cache key change that emptied the cache at peak",
        "an unbounded query introduced by a new filter", "a dependency upgrade with a changed default timeout",
        "a cron job that ran twice after the clock change", "a memory leak in the image resizer",
        "a DNS record that pointed at the decommissioned cluster"};
    private static final String[] TEAMS = {"on-call engineer", "database team", "platform team", "support desk",
        "incident commander", "release manager", "payments squad", "SRE rotation"};
    private static final String[] ACTIONS = {"Add an alert on the error budget burn rate",
        "Roll configuration changes out to one zone first", "Load-test the migration against a copy of production",
        "Cap retries with exponential back-off and jitter", "Document the failover runbook and rehearse it",
        "Move the certificate renewal into the automated rotation", "Add a dashboard panel for pool saturation",
        "Give the batch job a lock so it cannot run twice", "Review default timeouts of every client library",
        "Page the owning team automatically from the status page"};
    private static final String[] AUDIENCES = {"customers in the EU region", "mobile users on the latest release",
        "enterprise accounts with SSO", "merchants settling in USD", "new sign-ups", "internal support staff",
        "API clients on the v1 endpoints", "users of the scheduled exports"};

    private MarkdownText() {
    }

    /** How long a {@code section} of a report of {@code severity} is, drawn as real ones vary. */
    public static int lengthFor(Section section, Severity severity, SplittableRandom random) {
        double factor = switch (severity) {
            case SEV1 -> 2.5;
            case SEV2 -> 1.6;
            case SEV3 -> 1.0;
            case SEV4 -> 0.6;
        };
        double length = section.typicalLength * factor * Math.exp(0.5 * random.nextGaussian());
        return (int) Math.max(SHORTEST, Math.min(LONGEST, length));
    }

    /** A {@code section} about {@code service} of at least {@code length} characters. */
    public static String write(Section section, int length, String service, SplittableRandom random) {
        StringBuilder text = new StringBuilder(length + LONGEST_BLOCK);
        int block = 0;
        while (text.length() < length) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            appendBlock(text, section, block++, service, random);
        }
        return text.toString();
    }

    private static void appendBlock(StringBuilder text, Section section, int block, String service,
                                    SplittableRandom random) {
        if (block % 3 == 0) {
            appendParagraph(text, section, service, random);
            return;
        }
        switch (section) {
            case INCIDENT -> appendTimeline(text, random);
            case CAUSE -> {
                if (block % 3 == 1) {
                    appendLogExcerpt(text, service, random);
                } else {
                    appendParagraph(text, section, service, random);
                }
            }
            case AFFECTED -> appendList(text, AUDIENCES, "- ", random);
            case PREVENTION -> appendList(text, ACTIONS, "- [ ] ", random);
        }
    }

    private static void appendParagraph(StringBuilder text, Section section, String service,
                                        SplittableRandom random) {
        int sentences = random.nextInt(2, 5);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(switch (section) {
                case INCIDENT -> "**" + service + "** showed " + pick(SYMPTOMS, random) + " for "
                        + random.nextInt(4, 180) + " minutes before the " + pick(TEAMS, random) + " was paged.";
                case CAUSE -> "The trigger was " + pick(CAUSES, random) + "; the " + pick(TEAMS, random)
                        + " confirmed it from the `" + service.toLowerCase().replace(' ', '-')
                        + "` dashboards.";
                case AFFECTED -> "About " + random.nextInt(1, 100) + "% of " + pick(AUDIENCES, random)
                        + " saw " + pick(SYMPTOMS, random) + ".";
                case PREVENTION -> "We will " + Character.toLowerCase(pick(ACTIONS, random).charAt(0))
                        + pick(ACTIONS, random).substring(1) + ", owned by the " + pick(TEAMS, random) + ".";
            });
        }
    }

    private static void appendTimeline(StringBuilder text, SplittableRandom random) {
        text.append("### Timeline (UTC)\n");
        int minute = random.nextInt(24 * 60);
        for (int i = 0; i < 4; i++) {
            minute += random.nextInt(1, 40);
            text.append(String.format("%n- %02d:%02d — %s", minute / 60 % 24, minute % 60,
                    i == 0 ? "alert fired: " + pick(SYMPTOMS, random) : "the " + pick(TEAMS, random)
                            + (i == 3 ? " confirmed recovery" : " joined the incident channel")));
        }
    }

    private static void appendLogExcerpt(StringBuilder text, String service, SplittableRandom random) {
        text.append("```\n");
        for (int i = 0; i < 3; i++) {
            text.append(String.format("%02d:%02d:%02d ERROR %s pool exhausted: %d/%d connections in use%n",
                    random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    service.toLowerCase().replace(' ', '-'), 20, 20));
        }
        text.append("```");
    }

    private static void appendList(StringBuilder text, String[] items, String bullet, SplittableRandom random) {
        int count = random.nextInt(2, 5);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(bullet).append(pick(items, random));
        }
    }

    private static String pick(String[] items, SplittableRandom random) {
        return items[random.nextInt(items.length)];
    }
}
