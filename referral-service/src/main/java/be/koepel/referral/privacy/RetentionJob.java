package be.koepel.referral.privacy;

import be.koepel.platform.work.BackgroundLoop;
import be.koepel.referral.referral.Referral;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Erases the personal data of trajectories closed longer ago than the retention period. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    /** Referrals per transaction, so that one round never holds many rows for long. */
    static final int BATCH = 100;
    static final String BY = "retention-job";

    private final Erasure erasure;
    private final Clock clock;
    private final RetentionConfig config;
    private final BackgroundLoop loop;

    public RetentionJob(Erasure erasure, Clock clock, RetentionConfig config) {
        this.erasure = erasure;
        this.clock = clock;
        this.config = config;
        this.loop = new BackgroundLoop("retention-job", config.interval(), this::round);
    }

    void start(@Observes StartupEvent event) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stop(Duration.ofSeconds(1));
    }

    /** One batch; goes on at once while there is more. */
    Duration round() {
        int erased = eraseExpired();
        return erased >= BATCH ? Duration.ZERO : config.interval();
    }

    public int eraseExpired() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> expired = Erasure.expiredReferrals(clock.instant().minus(config.afterClosure()), BATCH);
            for (UUID id : expired) {
                erasure.erase(Referral.findById(id), BY, "system", "retention period after closure passed");
            }
            if (!expired.isEmpty()) {
                LOG.infof("Retention: erased the personal data of %d referrals", expired.size());
            }
            return expired.size();
        });
    }
}
