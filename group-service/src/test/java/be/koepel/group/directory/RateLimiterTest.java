package be.koepel.group.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** A clock the test moves by hand. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-03-29T00:59:30Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aClientMayMakeTheLimitOfRequestsPerWindowAndIsThenToldWhenToTryAgain() {
        MovingClock clock = new MovingClock();
        RateLimiter limiter = new RateLimiter(3, MINUTE, clock);

        assertThat(limiter.acquire("203.0.113.1")).isEmpty();
        assertThat(limiter.acquire("203.0.113.1")).isEmpty();
        clock.now = clock.now.plusSeconds(20);
        assertThat(limiter.acquire("203.0.113.1")).isEmpty();
        assertThat(limiter.acquire("203.0.113.1")).contains(Duration.ofSeconds(40));
    }

    @Test
    void aNewWindowAllowsRequestsAgain() {
        MovingClock clock = new MovingClock();
        RateLimiter limiter = new RateLimiter(1, MINUTE, clock);
        limiter.acquire("203.0.113.1");
        assertThat(limiter.acquire("203.0.113.1")).isPresent();

        clock.now = clock.now.plus(MINUTE);

        assertThat(limiter.acquire("203.0.113.1")).isEmpty();
    }

    @Test
    void oneClientsRequestsDoNotCountForAnother() {
        RateLimiter limiter = new RateLimiter(1, MINUTE, new MovingClock());
        limiter.acquire("203.0.113.1");

        assertThat(limiter.acquire("203.0.113.1")).isPresent();
        assertThat(limiter.acquire("198.51.100.7")).isEmpty();
    }
}
