package com.incidentreports.identity.signin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeNextTest {

    @ParameterizedTest
    @ValueSource(strings = {"/reports/1\r\nSet-Cookie: x=1", "/reports/1\nx", "/..//evil.example", "/../evil",
            "/reports/./1", "/%2e%2e//evil.example", "/%2E%2E/x", "/a\tb", "/a\u000bb", "/a\u000cb", "/a\u0000b",
            "//evil.example", "/\\evil.example", "/a\\b", "https://evil.example/", "evil.example", "", "/a b",
            "/caf\u00e9", "/a\u0085b", "/login?next=/x"})
    void anythingButAPlainPathOfThisServerGoesHome(String next) {
        assertEquals("/", SignInMechanism.safeNext(next));
    }

    @Test
    void nothingGivenGoesHome() {
        assertEquals("/", SignInMechanism.safeNext(null));
    }

    @Test
    void aPathOfThisServerIsKept() {
        assertEquals("/reports/42", SignInMechanism.safeNext("/reports/42"));
        assertEquals("/actions?status=OPEN&q=a%20b#top", SignInMechanism.safeNext("/actions?status=OPEN&q=a%20b#top"));
        assertEquals("/services/api-gateway", SignInMechanism.safeNext("/services/api-gateway"));
        assertEquals("/?q=..", SignInMechanism.safeNext("/?q=.."));
    }
}
