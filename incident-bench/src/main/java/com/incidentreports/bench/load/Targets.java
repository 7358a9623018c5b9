package com.incidentreports.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The pages and endpoints the benchmark measures, in order, with the goals of issue #6. Add a target here when a
 * feature adds a page people open often. The long discussion and the notifications are measured once the database
 * has discussions, "My actions" once it has follow-up actions.
 */
public final class Targets {

    private static final int REPORT_PAGE_STATEMENTS = 6;
    private static final int LIST_STATEMENTS = 2;

    private Targets() {
    }

    public static List<Target> of(Workload workload) {
        String smallReport = String.valueOf(workload.smallReportId());
        List<Target> targets = new ArrayList<>(List.of(
                new Target(Target.PING, random -> "/api/v1/ping", null, OptionalInt.empty(), OptionalDouble.empty()),
                new Target("report JSON", random -> "/api/v1/reports/" + workload.recentReport(random),
                        "/api/v1/reports/" + smallReport, OptionalInt.of(REPORT_PAGE_STATEMENTS),
                        OptionalDouble.of(0.40)),
                new Target("report page", random -> "/reports/" + workload.recentReport(random),
                        "/reports/" + smallReport, OptionalInt.of(REPORT_PAGE_STATEMENTS), OptionalDouble.of(0.15)),
                new Target("service log page", random -> "/services/" + workload.recentService(random),
                        "/services/" + workload.busyService(), OptionalInt.of(LIST_STATEMENTS), OptionalDouble.empty()),
                // The home page filters by ajax only; its first view (all services) is what a link opens.
                new Target("home page", random -> "/", "/", OptionalInt.of(LIST_STATEMENTS), OptionalDouble.empty()),
                new Target("report list API, by service",
                        random -> "/api/v1/reports?service=" + workload.recentService(random),
                        "/api/v1/reports?service=" + workload.busyService(), OptionalInt.of(LIST_STATEMENTS),
                        OptionalDouble.empty())));
        workload.longDiscussionReportId().ifPresent(id -> {
            String page = "/reports/" + id;
            targets.add(3, new Target("report page, 500+ comments", random -> page, page,
                    OptionalInt.of(REPORT_PAGE_STATEMENTS), OptionalDouble.empty()));
            targets.add(new Target("notifications API", random -> "/api/v1/notifications",
                    "/api/v1/notifications", OptionalInt.of(LIST_STATEMENTS), OptionalDouble.empty()));
        });
        if (workload.hasActions()) {
            targets.add(new Target("My actions page", random -> "/actions/mine", "/actions/mine",
                    OptionalInt.of(LIST_STATEMENTS), OptionalDouble.empty()));
        }
        return List.copyOf(targets);
    }
}
