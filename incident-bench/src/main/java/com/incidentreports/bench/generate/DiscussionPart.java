package com.incidentreports.bench.generate;

import com.incidentreports.markdown.Markdown;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The discussions under published reports, ten comments a report on average, in a long tail: most reports have a
 * handful or none, some dozens, and one report in {@value #BIG_THREAD_EVERY} has a discussion of 500 or more (the
 * benchmark opens one of those). Replies nest under earlier comments of the same report; some comments mention a
 * colleague, a few were deleted, and many have likes. See {@link #hasLongDiscussion}.
 */
final class DiscussionPart implements DatasetPart {

    /** One report in this many (by id, so the newest reports have some too) has a discussion of 500 or more. */
    static final int BIG_THREAD_EVERY = 5_000;
    static final int BIG_THREAD_MIN = 500;

    private static final double SILENT_SHARE = 0.30;
    /** Of the reports with a discussion: the number of comments is log-normal around this median, capped. */
    private static final double MEDIAN_COMMENTS = 6.9;
    private static final double SPREAD = 1.2;
    private static final int MOST_COMMENTS = 300;
    private static final int DEEPEST = 6;

    private static final String[] OPENERS = {"Thanks for the write-up.", "Good catch.", "Question:",
        "Following up on this:", "Agreed.", "One more data point:", "Why did the alert not fire earlier?",
        "Was this covered by a test?", "Nice analysis.", "We saw the same on our side."};
    private static final String[] BODIES = {"The dashboard showed the error rate climbing **ten minutes** before the"
        + " page.", "Can we add this case to the end-to-end suite?", "The runbook step for the failover was"
        + " out of date.", "I checked the deploy log: the image was built `three weeks` ago.", "Customers wrote"
        + " in through support within minutes.", "Let us make the canary wait for the health check.", "This"
        + " matches what we saw in the load test last quarter.", "I will own the follow-up for the alerting part."};

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public List<String> tables() {
        return List.of("report_comment", "post_like");
    }

    @Override
    public String sequenceOf(String table) {
        return "report_comment".equals(table) ? "comment_seq" : DatasetPart.super.sequenceOf(table);
    }

    @Override
    public long generate(Company company, Loader loader) throws SQLException {
        SplittableRandom random = company.random();
        long nowSecond = company.now().getEpochSecond();
        LongList reports = new LongList();
        LongList authors = new LongList();
        LongList written = new LongList();
        long id = 0;
        boolean longDiscussionOwed = false;
        try (RowSink comments = loader.into("report_comment", "id", "report_id", "parent_id", "thread_id", "depth",
                "author_id", "body_md", "body_html", "mentions", "status", "created_at", "version")) {
            for (long report = 1; report <= company.reports(); report++) {
                long published = company.publishedAt(report);
                longDiscussionOwed |= hasLongDiscussion(report);
                if (published == 0) {
                    continue;
                }
                int count = commentsUnder(longDiscussionOwed, random);
                longDiscussionOwed = false;
                long first = id + 1;
                int[] depths = new int[count];
                long[] threads = new long[count];
                long second = published;
                for (int k = 0; k < count; k++) {
                    id++;
                    second = Math.min(nowSecond, second + random.nextInt(60, 6 * 3600));
                    long author = 1 + random.nextInt(company.staff());
                    boolean reply = k > 0 && random.nextDouble() < 0.6;
                    Long parent = null;
                    Long thread = null;
                    if (reply) {
                        int parentIndex = random.nextInt(k);
                        if (depths[parentIndex] < DEEPEST) {
                            parent = first + parentIndex;
                            depths[k] = depths[parentIndex] + 1;
                            thread = threads[parentIndex] == 0 ? parent : threads[parentIndex];
                        }
                    }
                    threads[k] = thread == null ? 0 : thread;
                    boolean deleted = random.nextInt(100) == 0;
                    String mention = !deleted && random.nextInt(10) == 0
                            ? Staff.username(1 + random.nextInt(company.staff())) : null;
                    String body = deleted ? null : body(mention, random);
                    // Rendered as the application renders a comment when it is saved.
                    comments.add(id, report, parent, thread, depths[k], author, body,
                            Markdown.of(body, mention == null ? List.of() : List.of(mention)).html(), mention,
                            deleted ? "DELETED" : "VISIBLE",
                            Instant.ofEpochSecond(second), 0L);
                    reports.add(report);
                    authors.add(author);
                    written.add(second);
                }
            }
        }
        company.commentsWritten(reports.toArray(), authors.toArray(), written.toArray());
        return id + writeLikes(company, loader, authors, written);
    }

    /**
     * Report 2,500, 7,500, 12,500 …: a company of 5,000 reports has one long discussion, one of 100,000 has twenty,
     * one among the newest 5%. A draft passes it on to the next published report.
     */
    static boolean hasLongDiscussion(long report) {
        return report % BIG_THREAD_EVERY == BIG_THREAD_EVERY / 2;
    }

    /** A long tail: most reports have a few comments or none; a long discussion has 500 or more. */
    static int commentsUnder(boolean longDiscussion, SplittableRandom random) {
        if (longDiscussion) {
            return BIG_THREAD_MIN + random.nextInt(300);
        }
        if (random.nextDouble() < SILENT_SHARE) {
            return 0;
        }
        return (int) Math.min(MOST_COMMENTS, Math.round(MEDIAN_COMMENTS * Math.exp(SPREAD * random.nextGaussian())));
    }

    /** Likes come after the comments (one COPY at a time): a third of comments have one to five, never their author's. */
    private static long writeLikes(Company company, Loader loader, LongList authors, LongList written)
            throws SQLException {
        SplittableRandom random = company.random();
        long id = 0;
        try (RowSink likes = loader.into("post_like", "id", "user_id", "report_id", "comment_id", "created_at")) {
            for (int index = 0; index < authors.size(); index++) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                int count = 1 + random.nextInt(5);
                long liker = 1 + random.nextInt(company.staff());
                for (int k = 0; k < count; k++) {
                    // Consecutive staff ids: distinct people without remembering who liked already.
                    liker = liker % company.staff() + 1;
                    if (liker == authors.get(index)) {
                        continue;
                    }
                    id++;
                    likes.add(id, liker, null, index + 1L, Instant.ofEpochSecond(written.get(index) + 60L * (k + 1)));
                }
            }
        }
        return id;
    }

    private static String body(String mention, SplittableRandom random) {
        StringBuilder body = new StringBuilder(OPENERS[random.nextInt(OPENERS.length)]);
        int sentences = 1 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            body.append(' ').append(BODIES[random.nextInt(BODIES.length)]);
        }
        if (mention != null) {
            body.append(" @").append(mention).append(", can you take a look?");
        }
        return body.toString();
    }

    /** Growable array of longs: a million comments without a million boxed Longs. */
    private static final class LongList {

        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
