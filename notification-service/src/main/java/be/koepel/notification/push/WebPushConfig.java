package be.koepel.notification.push;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Web Push with VAPID (RFC 8292): who sends (the subject), the application server's key pair, and
 * how long and how urgently a push service should hold a page for a browser that is offline.
 */
@ConfigMapping(prefix = "koepel.webpush")
public interface WebPushConfig {

    /**
     * Volunteers may register browsers, and {@code webpush} may be listed in koepel.paging.channel.
     * Needs the subject and both keys.
     */
    @WithDefault("false")
    boolean enabled();

    /** How a push service reaches the sender about problems: {@code mailto:…} or {@code https://…}. */
    Optional<String> subject();

    /** The VAPID public key: an uncompressed P-256 point (65 bytes), base64url; the browser subscribes with it. */
    Optional<String> publicKey();

    /** The VAPID private key: the P-256 scalar (32 bytes), base64url. */
    Optional<String> privateKey();

    /**
     * How long the push service keeps a page for a browser that is offline; a page older than this is
     * of no use to the person in the ER.
     */
    @WithDefault("15M")
    Duration ttl();

    /** very-low, low, normal or high (RFC 8030 section 5.3); a page is high, so phones wake for it. */
    @WithDefault("high")
    String urgency();

    @WithDefault("5s")
    Duration timeout();

    /**
     * A browser's endpoint must be https, as every real push service's is. Off only in the tests,
     * whose push service stub speaks plain HTTP.
     */
    @WithDefault("true")
    boolean requireHttps();
}
