package com.incidentreports.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArgumentsTest {

    private static final Set<String> KNOWN = Set.of("reports", "db-url", "duration");

    @Test
    void givenValuesWinOverDefaults() {
        Arguments arguments = Arguments.parse(List.of("--reports", "5_000", "--duration", "30"), KNOWN);

        assertEquals(5_000, arguments.integer("reports", 100_000, 1));
        assertEquals(Duration.ofSeconds(30), arguments.seconds("duration", Duration.ofSeconds(20)));
        assertEquals("jdbc:h2:mem:x", arguments.string("db-url", "jdbc:h2:mem:x"));
    }

    @Test
    void aMistypedOptionIsAnErrorThatListsTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(List.of("--report", "5000"), KNOWN));

        assertTrue(error.getMessage().contains("--report"), error.getMessage());
        assertTrue(error.getMessage().contains("--reports"), error.getMessage());
    }

    @Test
    void anOptionWithoutItsValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Arguments.parse(List.of("--reports"), KNOWN));
        assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(List.of("--reports", "--duration", "3"), KNOWN));
    }

    @Test
    void numbersMustBeWholeAndLargeEnough() {
        Arguments arguments = Arguments.parse(List.of("--reports", "many", "--duration", "0"), KNOWN);

        assertThrows(IllegalArgumentException.class, () -> arguments.integer("reports", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> arguments.seconds("duration", Duration.ofSeconds(1)));
    }
}
