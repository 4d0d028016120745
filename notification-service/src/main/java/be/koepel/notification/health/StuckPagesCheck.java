package be.koepel.notification.health;

import be.koepel.notification.paging.PagingConfig;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * DOWN while a page or coordinator alert is stuck, or while nobody counts them. A wellness check:
 * it shows in /q/health for monitoring, but does not take the service out of rotation (readiness),
 * because the service must stay reachable for the answers that unstick the escalation.
 */
@Wellness
@ApplicationScoped
public class StuckPagesCheck implements HealthCheck {

    static final String NAME = "paging";
    /** Counting missed this many intervals: its thread is gone or the database does not answer. */
    private static final int MISSED_ROUNDS = 3;

    private final StuckWatch watch;
    private final PagingConfig config;
    private final Clock clock;

    public StuckPagesCheck(StuckWatch watch, PagingConfig config, Clock clock) {
        this.watch = watch;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        var count = watch.current();
        if (count.isEmpty()) {
            return response.up().withData("counted", "not yet").build();
        }
        Duration age = Duration.between(count.get().at(), clock.instant());
        boolean fresh = age.compareTo(config.stuckCheckInterval().multipliedBy(MISSED_ROUNDS)
                .plus(config.timerInterval())) <= 0;
        return response.status(fresh && count.get().total() == 0)
                .withData("stuckPages", count.get().pages())
                .withData("stuckCoordinatorAlerts", count.get().alerts())
                .withData("overdueErWatches", count.get().watches())
                .withData("countedAt", count.get().at().toString())
                .build();
    }
}
