package be.koepel.notification.push;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The application server's VAPID identity (RFC 8292), checked when the service starts: with web push
 * enabled, a missing or malformed subject or key stops it with the key named, instead of failing the
 * first page at night.
 */
@Startup
@ApplicationScoped
public class Vapid {

    private static final Map<String, WebPush.Urgency> URGENCIES = Map.of(
            "very-low", WebPush.Urgency.VeryLow, "low", WebPush.Urgency.Low,
            "normal", WebPush.Urgency.Normal, "high", WebPush.Urgency.High);

    private final WebPushConfig config;
    private final WebPush webPush;
    private final String publicKey;
    private final WebPush.Urgency urgency;

    public Vapid(WebPushConfig config) {
        this.config = config;
        this.urgency = Optional.ofNullable(URGENCIES.get(config.urgency().trim().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new IllegalStateException("koepel.webpush.urgency must be very-low, low, normal or high, not '"
                        + config.urgency() + "'"));
        if (config.ttl().isNegative() || config.ttl().toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalStateException("koepel.webpush.ttl must be zero or more, not " + config.ttl());
        }
        if (!config.enabled()) {
            this.webPush = null;
            this.publicKey = null;
            return;
        }
        String subject = config.subject().map(String::trim).orElseThrow(() -> new IllegalStateException(
                "koepel.webpush.subject must be set (mailto:… or https://…) when koepel.webpush.enabled is true"));
        if (!subject.startsWith("mailto:") && !subject.startsWith("https://")) {
            throw new IllegalStateException("koepel.webpush.subject must start with mailto: or https://, not '" + subject + "'");
        }
        String publicKeyValue = config.publicKey().map(String::trim).orElseThrow(() -> new IllegalStateException(
                "koepel.webpush.public-key must be set when koepel.webpush.enabled is true"));
        String privateKeyValue = config.privateKey().map(String::trim).orElseThrow(() -> new IllegalStateException(
                "koepel.webpush.private-key must be set when koepel.webpush.enabled is true"));
        VapidKeys keys;
        try {
            keys = VapidKeys.fromUncompressedBytes(publicKeyValue, privateKeyValue);
        } catch (RuntimeException e) {
            throw new IllegalStateException("koepel.webpush.public-key and koepel.webpush.private-key must be a VAPID key"
                    + " pair (P-256, base64url: the 65-byte uncompressed public point and the 32-byte private scalar): "
                    + e.getMessage(), e);
        }
        this.webPush = new WebPush(subject, keys);
        this.publicKey = Base64.getUrlEncoder().withoutPadding().encodeToString(keys.getApplicationServerKey());
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The application server key a browser subscribes with, base64url. */
    public Optional<String> publicKey() {
        return Optional.ofNullable(publicKey);
    }

    /** Encrypts payloads (RFC 8291, aes128gcm) and signs the VAPID header; only when enabled. */
    public WebPush webPush() {
        if (webPush == null) {
            throw new IllegalStateException("koepel.webpush.enabled is false");
        }
        return webPush;
    }

    public WebPush.Urgency urgency() {
        return urgency;
    }

    public int ttlSeconds() {
        return (int) config.ttl().toSeconds();
    }
}
