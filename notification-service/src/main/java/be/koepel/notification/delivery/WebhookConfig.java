package be.koepel.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "koepel.webhook")
public interface WebhookConfig {

    /**
     * Signs every webhook POST (HMAC-SHA256 of the body, hex, in X-Koepel-Signature), so that the
     * receiver can tell it came from Koepel. Without it no webhook is sent.
     */
    Optional<String> secret();

    @WithDefault("5s")
    Duration timeout();
}
