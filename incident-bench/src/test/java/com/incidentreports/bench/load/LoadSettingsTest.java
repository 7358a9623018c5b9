package com.incidentreports.bench.load;

import com.incidentreports.bench.Arguments;
import com.incidentreports.bench.load.LoadDriver.LoadSettings;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadSettingsTest {

    private static final Target PING = target(Target.PING);
    private static final Target REPORT_PAGE = target("report page");
    private static final Target LONG_REPORT_PAGE = target("report page, 500+ comments");
    private static final Target HOME_PAGE = target("home page");

    @Test
    void withoutOnlyEveryTargetIsMeasured() {
        LoadSettings settings = settings();

        assertTrue(settings.includes(PING));
        assertTrue(settings.includes(REPORT_PAGE));
        assertTrue(settings.includes(LONG_REPORT_PAGE));
        assertTrue(settings.includes(HOME_PAGE));
    }

    @Test
    void onlyMeasuresTheTargetsNamedExactlyAndThePing() {
        LoadSettings settings = settings("--only", " report page, 500+ comments ; home page");

        assertTrue(settings.includes(LONG_REPORT_PAGE), "a name may hold a comma");
        assertTrue(settings.includes(HOME_PAGE));
        assertTrue(settings.includes(PING), "the others are compared with the ping");
        assertFalse(settings.includes(REPORT_PAGE), "a name that only starts like one given is not measured");
    }

    private static LoadSettings settings(String... args) {
        return LoadSettings.from(Arguments.parse(List.of(args), LoadDriver.OPTIONS));
    }

    private static Target target(String name) {
        return new Target(name, random -> "/", null, OptionalInt.empty(), OptionalDouble.empty());
    }
}
