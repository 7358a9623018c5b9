package com.incidentreports.bench.report;

/** One figure against its goal: "report page p95", "42.0 ms", "≤ 100 ms", met. */
public record Check(String figure, String measured, String goal, boolean met) {

    public String verdict() {
        return met ? "met" : "MISSED";
    }
}
