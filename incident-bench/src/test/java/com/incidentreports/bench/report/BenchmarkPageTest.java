package com.incidentreports.bench.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkPageTest {

    private static String run(String figures) {
        return BenchmarkPage.RUN_START + "\n### " + figures + "\n" + BenchmarkPage.RUN_END;
    }

    @Test
    void theFirstRunIsTheLatestAndThereAreNoPreviousOnes() {
        String page = BenchmarkPage.withNewRun("", run("run-one"));

        assertTrue(page.startsWith("# Benchmarks"));
        assertTrue(page.contains("## Latest run\n\n" + run("run-one")));
        assertTrue(!page.contains("## Previous runs"));
    }

    @Test
    void aNewRunGoesOnTopAndEarlierOnesMoveDownNewestFirst() {
        String second = BenchmarkPage.withNewRun(BenchmarkPage.withNewRun("", run("run-one")), run("run-two"));
        String third = BenchmarkPage.withNewRun(second, run("run-three"));

        int latest = third.indexOf("## Latest run");
        int previous = third.indexOf("## Previous runs");
        assertTrue(latest < third.indexOf("run-three") && third.indexOf("run-three") < previous);
        assertTrue(previous < third.indexOf("run-two") && third.indexOf("run-two") < third.indexOf("run-one"));
        assertEquals(1, third.split("## Previous runs", -1).length - 1);
    }

    @Test
    void textAroundTheRunsIsReplacedButTheirFiguresAreKept() {
        String handEdited = "# Old title\n\nnotes\n\n" + run("run-one | 123 req/s");

        String page = BenchmarkPage.withNewRun(handEdited, run("run-two"));

        assertTrue(!page.contains("# Old title"));
        assertTrue(page.contains(run("run-one | 123 req/s")));
    }

    @Test
    void notesBetweenTheirMarkersSurviveEveryRun() {
        String notes = BenchmarkPage.NOTES_START + "\n## Findings\n\nThe home page counted every report.\n"
                + BenchmarkPage.NOTES_END;
        String page = BenchmarkPage.withNewRun(BenchmarkPage.withNewRun("", run("run-one")), run("run-two"))
                .replace(BenchmarkPage.NOTES_START + "\n" + BenchmarkPage.NOTES_END, notes);

        String next = BenchmarkPage.withNewRun(page, run("run-three"));

        assertTrue(next.contains(notes));
        assertTrue(next.indexOf(notes) < next.indexOf("## Latest run"));
    }
}
