package com.incidentreports.bench.generate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratedDataGuardTest {

    @Test
    void aDatabaseWithOnlyGeneratedDataOrNoneIsAccepted() {
        assertTrue(GeneratedDataGuard.refusal(List.of(), List.of()).isEmpty());
    }

    @Test
    void aServiceWithoutThePrefixMakesTheDatabaseSomeoneElses() {
        String refusal = GeneratedDataGuard.refusal(List.of("slash-graphql"), List.of()).orElseThrow();

        assertTrue(refusal.startsWith("Refusing to generate data"), refusal);
        assertTrue(refusal.contains("service slash-graphql"), refusal);
        assertTrue(refusal.contains("\"bench-\""), refusal);
    }

    @Test
    void aPersonWithoutThePrefixIsRefusedToo() {
        String refusal = GeneratedDataGuard.refusal(List.of(), List.of("author")).orElseThrow();

        assertTrue(refusal.contains("user author"), refusal);
    }

    @Test
    void generatedNamesCarryThePrefix() {
        assertTrue(GeneratedDataGuard.isGenerated(Staff.username(1)));
        assertTrue(GeneratedDataGuard.isGenerated("bench-checkout-api"));
        assertTrue(!GeneratedDataGuard.isGenerated("checkout-api-bench-"));
    }
}
