package com.incidentreports.bench.generate;

import com.incidentreports.bench.generate.MarkdownText.Section;
import com.incidentreports.markdown.MarkdownRenderer;
import com.incidentreports.report.Report;
import com.incidentreports.report.Severity;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTextTest {

    @Test
    void aSectionIsAtLeastAsLongAsAskedAndOvershootsByLessThanABlock() {
        SplittableRandom random = new SplittableRandom(7);
        for (Section section : Section.values()) {
            for (int length : new int[] {MarkdownText.SHORTEST, 1_000, 5_000, MarkdownText.LONGEST}) {
                String text = MarkdownText.write(section, length, "Checkout Mobile Backend 2", random);

                assertTrue(text.length() >= length, section + " " + length + ": " + text.length());
                assertTrue(text.length() < length + MarkdownText.LONGEST_BLOCK, section + " " + length + ": "
                        + text.length());
                assertTrue(text.length() <= Report.SECTION_MAX);
            }
        }
    }

    @Test
    void lengthsStayInBoundsAndGrowWithSeverity() {
        SplittableRandom random = new SplittableRandom(11);
        double sev1 = averageLength(Severity.SEV1, random);
        double sev4 = averageLength(Severity.SEV4, random);

        assertTrue(sev1 > 3 * sev4, sev1 + " vs " + sev4);
        IntStream.range(0, 10_000).map(i -> MarkdownText.lengthFor(Section.CAUSE, Severity.SEV1, random))
                .forEach(length -> assertTrue(length >= MarkdownText.SHORTEST && length <= MarkdownText.LONGEST));
    }

    @Test
    void aTypicalMinorReportRunsToAFewThousandCharacters() {
        double total = 0;
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            for (Section section : Section.values()) {
                total += MarkdownText.lengthFor(section, Severity.SEV3, random);
            }
        }
        double average = total / 2_000;
        assertTrue(average > 3_000 && average < 6_000, "average " + average);
    }

    @Test
    void theTextIsMarkdownThatRendersToStructuredHtml() {
        SplittableRandom random = new SplittableRandom(5);
        String incident = MarkdownRenderer.current().toSafeHtml(
                MarkdownText.write(Section.INCIDENT, 2_000, "Search Indexer", random));
        String prevention = MarkdownRenderer.current().toSafeHtml(
                MarkdownText.write(Section.PREVENTION, 1_000, "Search Indexer", random));

        assertTrue(incident.contains("<h3>") && incident.contains("<strong>Search Indexer</strong>"), incident);
        assertTrue(prevention.contains("<li>"), prevention);
    }

    @Test
    void theSameSeedWritesTheSameText() {
        assertEquals(MarkdownText.write(Section.CAUSE, 3_000, "Billing API", new SplittableRandom(1)),
                MarkdownText.write(Section.CAUSE, 3_000, "Billing API", new SplittableRandom(1)));
    }

    private static double averageLength(Severity severity, SplittableRandom random) {
        return IntStream.range(0, 5_000).map(i -> MarkdownText.lengthFor(Section.INCIDENT, severity, random))
                .average().orElseThrow();
    }
}
