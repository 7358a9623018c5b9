package com.incidentreports.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of the application, in UTC: every service and timer injects {@link Clock} instead of asking the
 * system, so that a test can stand at a chosen moment ({@link #standAt}, reached only through the diagnostics of a
 * test server) and prove what happens then, a reminder on its day say.
 */
@ApplicationScoped
public class ApplicationClock {

    private final SettableClock clock = new SettableClock();

    @Produces
    Clock clock() {
        return clock;
    }

    /** From now on the clock shows {@code instant} and stands still there, until {@link #resume}. */
    public void standAt(Instant instant) {
        clock.fixed = instant;
    }

    /** The clock shows the system's time again. */
    public void resume() {
        clock.fixed = null;
    }

    /** The system's UTC clock, or a moment a test chose; in another zone, the same moments. */
    private static final class SettableClock extends Clock {

        private volatile Instant fixed;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            SettableClock source = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return source.withZone(other);
                }

                @Override
                public Instant instant() {
                    return source.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            Instant chosen = fixed;
            return chosen != null ? chosen : Instant.now();
        }
    }
}
