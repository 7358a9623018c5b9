package com.incidentreports.bench.generate;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The company being generated, as far as it exists so far: each part adds what it wrote, and later parts build on it
 * (reports need services and authors; comments will need reports and staff). Ids are 1, 2, … in the order written.
 */
public final class Company {

    private final Scale scale;
    private final SplittableRandom random;
    private final Instant now;
    private String[] serviceNames = new String[0];
    private long[] authorIds = new long[0];
    private int staff;
    private long[] publishedAt = new long[0];
    private byte[] severities = new byte[0];
    private long[] commentReports = new long[0];
    private long[] commentAuthors = new long[0];
    private long[] commentTimes = new long[0];

    public Company(Scale scale, long seed, Instant now) {
        this.scale = scale;
        this.random = new SplittableRandom(seed);
        this.now = now;
    }

    public Scale scale() {
        return scale;
    }

    public SplittableRandom random() {
        return random;
    }

    public Instant now() {
        return now;
    }

    void servicesWritten(String[] names) {
        this.serviceNames = names.clone();
    }

    /** Service ids are 1 … services; index 0 is service 1. */
    String serviceName(int index) {
        return serviceNames[index];
    }

    int services() {
        return serviceNames.length;
    }

    void staffWritten(int staff, long[] authorIds) {
        this.staff = staff;
        this.authorIds = authorIds.clone();
    }

    /** Staff ids are 1 … staff. */
    int staff() {
        return staff;
    }

    /** Report ids are 1 … reports; {@code publishedAt[id - 1]} in epoch seconds, 0 for a draft. */
    void reportsWritten(long[] publishedAt, byte[] severities) {
        this.publishedAt = publishedAt;
        this.severities = severities;
    }

    /** The severity of report {@code id}, as {@code Severity.ordinal()}. */
    int severityOrdinal(long id) {
        return severities[(int) id - 1];
    }

    int reports() {
        return publishedAt.length;
    }

    /** When report {@code id} was published (epoch seconds), or 0 if it is a draft. */
    long publishedAt(long id) {
        return publishedAt[(int) id - 1];
    }

    /**
     * Comment ids are 1 … comments: comment {@code id} is on report {@code reports[id - 1]}, by staff member
     * {@code authors[id - 1]}, written at {@code times[id - 1]} (epoch seconds). Removed comments count too.
     */
    void commentsWritten(long[] reports, long[] authors, long[] times) {
        this.commentReports = reports;
        this.commentAuthors = authors;
        this.commentTimes = times;
    }

    int comments() {
        return commentReports.length;
    }

    long commentReport(long id) {
        return commentReports[(int) id - 1];
    }

    long commentAuthor(long id) {
        return commentAuthors[(int) id - 1];
    }

    long commentTime(long id) {
        return commentTimes[(int) id - 1];
    }

    long[] authorIds() {
        return authorIds.clone();
    }
}
