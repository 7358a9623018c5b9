package com.incidentreports.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecureSessionCookieTest {

    @Test
    void secureWhereTheApplicationsAddressIsHttps() {
        assertTrue(SecureSessionCookie.secure(Optional.empty(), "https://incidents.example.com"));
        assertTrue(SecureSessionCookie.secure(Optional.empty(), " HTTPS://incidents.example.com/ "));
    }

    @Test
    void notSecureOnThePlainHttpDemo() {
        assertFalse(SecureSessionCookie.secure(Optional.empty(), "http://localhost:9080"));
        assertFalse(SecureSessionCookie.secure(Optional.empty(), ""));
    }

    @Test
    void theOperatorsExplicitSettingWinsEitherWay() {
        assertFalse(SecureSessionCookie.secure(Optional.of(false), "https://incidents.example.com"));
        assertTrue(SecureSessionCookie.secure(Optional.of(true), "http://localhost:9080"));
    }
}
