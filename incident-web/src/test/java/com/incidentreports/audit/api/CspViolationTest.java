package com.incidentreports.audit.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser's report of what the policy blocked, in either shape, as one line of the audit log without queries. */
class CspViolationTest {

    @Test
    void theReportUriShapeSaysWhatWasBlockedWhereAndFromWhichScript() {
        List<CspViolation> read = CspViolation.readAll(json("""
                {"csp-report": {"document-uri": "https://ir.example/reports/42?q=secret", "violated-directive":
                "script-src-elem", "blocked-uri": "inline", "source-file": "https://ir.example/app.js?v=2",
                "line-number": 12}}"""));
        assertEquals(1, read.size());
        assertEquals("script-src-elem blocked inline on https://ir.example/reports/42 (https://ir.example/app.js:12)",
                read.get(0).describe());
    }

    @Test
    void theReportingApiShapeMayHoldSeveralAndOtherKindsOfReports() {
        List<CspViolation> read = CspViolation.readAll(json("""
                [{"type": "csp-violation", "body": {"documentURL": "https://ir.example/", "effectiveDirective":
                "img-src", "blockedURL": "https://elsewhere.example/p.png#x"}},
                 {"type": "deprecation", "body": {"id": "something"}},
                 {"type": "csp-violation", "body": {"documentURL": "https://ir.example/write",
                 "effectiveDirective": "style-src-elem", "blockedURL": "inline"}}]"""));
        assertEquals(List.of("img-src blocked https://elsewhere.example/p.png on https://ir.example/",
                "style-src-elem blocked inline on https://ir.example/write"),
                read.stream().map(CspViolation::describe).toList());
    }

    @Test
    void anythingElseIsNoReport() {
        assertTrue(CspViolation.readAll(json("{}")).isEmpty());
        assertTrue(CspViolation.readAll(json("{\"csp-report\": {\"blocked-uri\": \"inline\"}}")).isEmpty(),
                "no directive");
        assertTrue(CspViolation.readAll(json("[1, \"two\"]")).isEmpty());
        assertTrue(CspViolation.readAll(json("\"csp\"")).isEmpty());
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
