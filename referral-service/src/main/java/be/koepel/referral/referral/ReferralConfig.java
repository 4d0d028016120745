package be.koepel.referral.referral;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.time.ZoneId;

/** Settings of referral intake; the defaults are in application.properties. */
@ConfigMapping(prefix = "koepel.referral")
public interface ReferralConfig {

    /** The region's zone: it decides which year it is when a birth year becomes an age band. */
    ZoneId zone();

    /** How long an Idempotency-Key or external reference returns the original referral. */
    Duration idempotencyWindow();
}
