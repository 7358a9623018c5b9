package com.incidentreports.bench.generate;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerationRulesTest {

    @Test
    void theFullScaleIsTheCompanyOfTheIssue() {
        assertEquals(new Scale(100_000, 333, 3_333), Scale.ofReports(100_000));
    }

    @Test
    void aSmallScaleStillHasServicesAndPeopleToWorkWith() {
        Scale scale = Scale.ofReports(100);

        assertEquals(5, scale.services());
        assertEquals(50, scale.users());
    }

    @Test
    void sequencesHandOutAWholeBlockAboveTheHighestId() {
        long next = Sequences.nextValueAfter(100_000, 50);

        // Hibernate's pooled optimizer uses next - 49 … next: all above the generated ids.
        assertTrue(next - 50 + 1 > 100_000);
        assertEquals(100_100, next);
    }

    @Test
    void aboutOneInTenWritesReportsAndThereIsAnAdmin() {
        long authors = IntStream.rangeClosed(1, 1_000).filter(Staff::isAuthor).count();

        assertTrue(authors >= 100 && authors <= 110, "authors: " + authors);
        assertTrue(Staff.groupsOf(1).contains("ADMIN"));
        assertEquals("bench-user-00042", Staff.username(42));
    }

    @Test
    void csvQuotesTextAndLeavesNullEmpty() {
        StringBuilder line = new StringBuilder();

        CopyRowSink.appendCsvLine(line, 1L, "say \"hi\",\nthen go", null, java.time.Instant.EPOCH,
                java.time.LocalDate.of(2026, 11, 24));

        assertEquals("1,\"say \"\"hi\"\",\nthen go\",,1970-01-01T00:00:00Z,2026-11-24\n", line.toString());
    }
}
