package be.koepel.group.directory;

import be.koepel.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;

/**
 * The one rate limiter of the public endpoints (the directory and the groups' calendar feeds),
 * shared by all their requests on this instance: each is open to anyone and reads the database,
 * so one budget per client address covers them together.
 */
@ApplicationScoped
public class DirectoryLimiter {

    private final RateLimiter limiter;

    public DirectoryLimiter(DirectoryConfig config, Clock clock) {
        this.limiter = new RateLimiter(config.requestsPerWindow(), config.window(), clock);
    }

    /**
     * Counts a request of {@code client}; empty when it may go ahead, else the 429 to answer.
     *
     * @param client the client's address, as the trusted proxy forwarded it
     */
    public Optional<Response> refuse(String client) {
        return limiter.acquire(client).map(retryAfter -> {
            long seconds = Math.max(1, retryAfter.toSeconds());
            return Response.status(Response.Status.TOO_MANY_REQUESTS).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .entity(Problem.of(Response.Status.TOO_MANY_REQUESTS.getStatusCode(), "Too Many Requests",
                            "Too many requests from this address; try again in " + seconds + " s"))
                    .build();
        });
    }
}
