package be.koepel.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "koepel.sms")
public interface SmsConfig {

    /** The gateway's send endpoint; it receives {@code {"to": "+32…", "text": "…"}} as JSON. */
    Optional<String> gatewayUrl();

    /** Sent as a bearer token, when the gateway wants one. */
    Optional<String> apiKey();

    @WithDefault("5s")
    Duration timeout();
}
