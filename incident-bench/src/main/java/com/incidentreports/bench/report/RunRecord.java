package com.incidentreports.bench.report;

import com.incidentreports.bench.load.TargetResult;

import java.time.Instant;
import java.util.List;

/**
 * Everything one benchmark run found, with what is needed to compare it with another: when, which commit, which
 * machine and database, how much data, and the command.
 */
public record RunRecord(Instant when, String commit, Machine machine, String database, String data,
                        String command, String load, List<TargetResult> results, double readySeconds,
                        long residentMegabytes, List<Check> checks) {
}
