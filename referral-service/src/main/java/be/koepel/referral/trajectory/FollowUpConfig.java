package be.koepel.referral.trajectory;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Reminders of follow-ups whose agreed next-contact date passed; the values are in application.properties. */
@ConfigMapping(prefix = "koepel.follow-ups")
public interface FollowUpConfig {

    /** How often the service looks for lapsed follow-ups. */
    Duration reminderInterval();

    /** Reminders per transaction, so that one round never holds many rows for long. */
    int reminderBatchSize();
}
