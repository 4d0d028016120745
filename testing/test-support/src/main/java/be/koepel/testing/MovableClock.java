package be.koepel.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in tests: the real time unless a test moves it to another moment, from where
 * it keeps running. A service's tests make it their clock bean with a subclass of their own
 * ({@code @Singleton class MovableClock extends be.koepel.testing.MovableClock}), which replaces
 * the platform's default clock; a test that moves it puts it back ({@link #reset()}), so other
 * tests see the real time.
 */
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on, the time is {@code moment} and moves on from there. */
    public void moveTo(Instant moment) {
        offset = Duration.between(Instant.now(), moment);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock moved = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return moved.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moved.withZone(other);
            }
        };
    }
}
