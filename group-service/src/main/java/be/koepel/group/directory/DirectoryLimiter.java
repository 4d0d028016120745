package be.koepel.group.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** The one rate limiter of the public directory, shared by all requests of this instance. */
@ApplicationScoped
public class DirectoryLimiter {

    private final RateLimiter limiter;

    public DirectoryLimiter(DirectoryConfig config, Clock clock) {
        this.limiter = new RateLimiter(config.requestsPerWindow(), config.window(), clock);
    }

    RateLimiter limiter() {
        return limiter;
    }
}
