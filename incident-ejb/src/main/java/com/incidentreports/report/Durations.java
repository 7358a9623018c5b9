package com.incidentreports.report;

import java.time.Duration;

/** Writes a duration the way people say it: "45 min", "1 h 10 min", "2 d 3 h". */
public final class Durations {

    private Durations() {
    }

    public static String spoken(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A duration cannot be negative: " + duration);
        }
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return duration.isZero() ? "0 min" : "< 1 min";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long restMinutes = minutes % 60;
        if (days > 0) {
            return hours > 0 ? days + " d " + hours + " h" : days + " d";
        }
        if (hours > 0) {
            return restMinutes > 0 ? hours + " h " + restMinutes + " min" : hours + " h";
        }
        return restMinutes + " min";
    }
}
