package com.incidentreports.platform.api;

import com.incidentreports.platform.api.Problem.InvalidField;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParametersTest {

    private final List<InvalidField> errors = new ArrayList<>();

    @Test
    void anInstantIsTakenAsItIs() {
        assertEquals(Instant.parse("2026-05-01T10:00:00Z"),
                QueryParameters.instantOrDate("from", " 2026-05-01T10:00:00Z ", false, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void aDateStartsItsDayInUtcAndAsAnUpperBoundIncludesIt() {
        assertEquals(Instant.parse("2026-05-01T00:00:00Z"),
                QueryParameters.instantOrDate("from", "2026-05-01", false, errors));
        assertEquals(Instant.parse("2026-05-02T00:00:00Z"),
                QueryParameters.instantOrDate("to", "2026-05-01", true, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void nothingGivenIsNoBound() {
        assertNull(QueryParameters.instantOrDate("from", null, false, errors));
        assertNull(QueryParameters.instantOrDate("from", "  ", false, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void anythingElseIsToldForItsParameterWithAnExample() {
        assertNull(QueryParameters.instantOrDate("to", "yesterday", true, errors));
        assertEquals(1, errors.size());
        assertEquals("to", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("2026-05-01"), errors.get(0).message());
    }

    @Test
    void timesOutsideTheYearsPeopleMeanAreToldForTheirParameter() {
        assertNull(QueryParameters.instantOrDate("from", "-999999999-01-01T00:00:00Z", false, errors));
        assertNull(QueryParameters.instantOrDate("to", "+300000-01-01", true, errors));
        assertEquals(List.of("from", "to"), errors.stream().map(InvalidField::field).toList());
        assertTrue(errors.get(0).message().contains("1990"), errors.get(0).message());
        assertEquals(Instant.parse("2201-01-01T00:00:00Z"),
                QueryParameters.instantOrDate("to", "2200-12-31", true, errors));
    }
}
