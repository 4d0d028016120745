package be.koepel.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "koepel.consumer")
public interface ConsumerConfig {

    /** Attempts at an event whose effect failed for a passing reason (database restart) before it goes to the DLQ. */
    @WithDefault("10")
    int maxAttempts();

    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();
}
