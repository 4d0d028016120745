package be.koepel.referral.privacy;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How long personal data stays after a trajectory closes; the defaults are in application.properties. */
@ConfigMapping(prefix = "koepel.retention")
public interface RetentionConfig {

    /** After closure; 12 months by default. */
    Duration afterClosure();

    /** How often the retention job looks for what has expired. */
    Duration interval();
}
