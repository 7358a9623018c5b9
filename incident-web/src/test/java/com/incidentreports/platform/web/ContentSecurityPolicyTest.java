package com.incidentreports.platform.web;

import com.incidentreports.platform.ImageHosts;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentSecurityPolicyTest {

    @Test
    void imagesComeFromThisServerOnlyWhenNoIntranetHostIsConfigured() {
        String policy = new ContentSecurityPolicy("", false, ImageHosts.NONE).header();
        assertEquals("'self' data:", directives(policy).get("img-src"));
    }

    @Test
    void imagesMayAlsoComeFromExactlyTheConfiguredIntranetHosts() {
        ImageHosts hosts = ImageHosts.parse("wiki.intranet.example,grafana.intranet.example");
        String policy = new ContentSecurityPolicy("", false, hosts).withNonceOf("script-src 'self' 'nonce-abc'");
        Map<String, String> directives = directives(policy);
        assertEquals("'self' data: https://wiki.intranet.example http://wiki.intranet.example "
                + "https://grafana.intranet.example http://grafana.intranet.example", directives.get("img-src"));
        assertEquals("'self'", directives.get("default-src"), "nothing else may come from those hosts");
        assertEquals("'self' 'nonce-abc'", directives.get("script-src"));
        assertEquals("'self'", directives.get("connect-src"));
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";\\s*"))
                .map(directive -> directive.split(" ", 2))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts.length > 1 ? parts[1] : ""));
    }
}
