package be.koepel.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "koepel.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of every event this service publishes, e.g. {@code koepel/referral-service}. */
    String source();

    /** How often the relay looks for events that the after-commit trigger did not publish. */
    @WithDefault("1s")
    Duration sweepInterval();

    /** How long the relay waits before it tries again when the broker failed. */
    @WithDefault("2s")
    Duration retryBackoff();

    /** Events published per relay round. */
    @WithDefault("200")
    int batchSize();

    /** How long published events are kept in the outbox table, for tracing. */
    @WithDefault("P7D")
    Duration retention();

    /** Producer: the time within which the broker must confirm a record, or the send fails and is retried. */
    @WithDefault("10s")
    Duration deliveryTimeout();
}
