package be.koepel.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryQueueTest {

    static final Duration BASE = Duration.ofSeconds(2);
    static final Duration MAX = Duration.ofSeconds(10);

    @Test
    void theWaitDoublesWithEachFailedAttemptUpToTheMaximum() {
        assertThat(DeliveryQueue.backoff(1, BASE, MAX)).isEqualTo(Duration.ofSeconds(2));
        assertThat(DeliveryQueue.backoff(2, BASE, MAX)).isEqualTo(Duration.ofSeconds(4));
        assertThat(DeliveryQueue.backoff(3, BASE, MAX)).isEqualTo(Duration.ofSeconds(8));
        assertThat(DeliveryQueue.backoff(4, BASE, MAX)).isEqualTo(MAX);
        assertThat(DeliveryQueue.backoff(500, BASE, MAX)).isEqualTo(MAX);
    }
}
