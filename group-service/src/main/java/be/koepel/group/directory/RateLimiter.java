package be.koepel.group.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window limit per client: at most {@code limit} requests per {@code window}. Kept in
 * memory, per instance: it protects the service from a runaway crawler, it is no quota.
 */
public final class RateLimiter {

    /** Past this many clients the expired windows are dropped, so memory stays bounded. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a request; empty when it may go ahead, else how long until the client may try again. */
    public Optional<Duration> acquire(String client) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        Window current = windows.compute(client, (key, w) ->
                w == null || !now.isBefore(w.start().plus(window)) ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (current.count() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.start().plus(window)));
    }

    private record Window(Instant start, int count) {
    }
}
