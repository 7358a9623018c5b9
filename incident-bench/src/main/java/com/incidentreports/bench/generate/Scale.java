package com.incidentreports.bench.generate;

/**
 * How big a company to generate. Everything follows from the number of reports, in the proportions of the company
 * the benchmark stands for: 100,000 reports across a few hundred services, written and read by a few thousand staff.
 */
public record Scale(int reports, int services, int users) {

    private static final int REPORTS_PER_SERVICE = 300;
    private static final int REPORTS_PER_USER = 30;

    public static Scale ofReports(int reports) {
        return new Scale(reports, clamp(reports / REPORTS_PER_SERVICE, 5, 400),
                clamp(reports / REPORTS_PER_USER, 50, 5_000));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
