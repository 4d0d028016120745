package be.koepel.notification.paging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "koepel.paging")
public interface PagingConfig {

    /** How long a paged peer supporter has to acknowledge before the next candidate is paged. */
    @WithDefault("5M")
    Duration acknowledgeWithin();

    /** How often the escalation timer looks for deadlines that passed. */
    @WithDefault("500ms")
    Duration timerInterval();

    /** The base of the answer links in a page: this service's public address. */
    String publicUrl();

    /** The key that signs answer links (HMAC-SHA256); at least 16 characters. */
    String linkSecret();

    /** {@code sms} or {@code log}. */
    @WithDefault("log")
    String channel();

    /** Delivery attempts per page before it counts as failed; escalation goes on regardless. */
    @WithDefault("5")
    int deliveryAttempts();

    /** Wait before the first retry of a failed delivery; it doubles with each attempt. */
    @WithDefault("2s")
    Duration deliveryBackoff();

    /** How often the dispatcher looks for deliveries that are due. */
    @WithDefault("1s")
    Duration dispatchInterval();
}
