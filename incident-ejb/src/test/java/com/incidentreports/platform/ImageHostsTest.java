package com.incidentreports.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageHostsTest {

    @Test
    void readsCommaSeparatedHostNamesIgnoringBlanksAndCase() {
        ImageHosts hosts = ImageHosts.parse(" Wiki.Intranet.Example, ,grafana-01.intranet.example,wiki.intranet.example ");
        assertEquals(List.of("wiki.intranet.example", "grafana-01.intranet.example"), hosts.names());
        assertTrue(hosts.allows("WIKI.intranet.example"));
        assertFalse(hosts.allows("intranet.example"));
        assertFalse(hosts.allows("wiki.intranet.example.evil.com"));
        assertFalse(hosts.allows(null));
    }

    @Test
    void noSettingIsNoHost() {
        assertEquals(List.of(), ImageHosts.parse(null).names());
        assertEquals(List.of(), ImageHosts.parse("  ").names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://wiki.intranet.example", "wiki.intranet.example:8443", "*.intranet.example",
            "wiki.intranet.example/images", "user@wiki.intranet.example", "wiki intranet", "-wiki.example", "wiki..example",
            "'self'", "wiki.example; script-src *"})
    void refusesWhatIsNotAHostName(String entry) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ImageHosts.parse("grafana.intranet.example," + entry));
        assertTrue(refused.getMessage().contains(ImageHosts.PROPERTY), refused.getMessage());
    }
}
