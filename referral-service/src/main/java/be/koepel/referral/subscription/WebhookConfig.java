package be.koepel.referral.subscription;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Webhook delivery settings; the defaults are in application.properties. */
@ConfigMapping(prefix = "koepel.webhooks")
public interface WebhookConfig {

    /** Loopback, link-local and private targets: only in dev and tests, never in production (SSRF). */
    boolean allowPrivateAddresses();

    /** The wait after the first failed attempt; it doubles with each further attempt. */
    Duration initialBackoff();

    Duration maxBackoff();

    /** After this many attempts a delivery is given up (FAILED). */
    int maxAttempts();

    /** After this many failed attempts in a row, across deliveries, the subscription is disabled. */
    int disableAfterFailures();

    /** How long one delivery may take. */
    Duration timeout();

    /** How often the dispatcher looks for due deliveries when not woken. */
    Duration pollInterval();

    /** Deliveries per round. */
    int batchSize();
}
