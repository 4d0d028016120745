package be.koepel.referral.trajectory;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.trajectory.FollowUpLapsed;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.work.BackgroundLoop;
import be.koepel.referral.referral.Referral;
import be.koepel.referral.referral.ReferralConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Reminds the peer, through notification-service, when an agreed next contact passed with no
 * follow-up or closure recorded: {@code trajectory.follow-up-lapsed.v1}, once per agreed date,
 * however many instances scan and however often.
 */
@ApplicationScoped
public class FollowUpReminders {

    private static final Logger LOG = Logger.getLogger(FollowUpReminders.class);

    private final FollowUps followUps;
    private final Outbox outbox;
    private final Clock clock;
    private final ReferralConfig referralConfig;
    private final FollowUpConfig config;
    private final BackgroundLoop loop;

    public FollowUpReminders(FollowUps followUps, Outbox outbox, Clock clock, ReferralConfig referralConfig,
            FollowUpConfig config) {
        this.followUps = followUps;
        this.outbox = outbox;
        this.clock = clock;
        this.referralConfig = referralConfig;
        this.config = config;
        this.loop = new BackgroundLoop("follow-up-reminders", config.reminderInterval(), this::round);
    }

    void start(@Observes StartupEvent event) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stop(Duration.ofSeconds(1));
    }

    private Duration round() {
        int reminded = remindOnce(LocalDate.now(clock.withZone(referralConfig.zone())));
        return reminded >= config.reminderBatchSize() ? Duration.ZERO : config.reminderInterval();
    }

    /**
     * One batch of reminders for follow-ups that lapsed before {@code today} (the region's date).
     *
     * @return the reminders this call published
     */
    public int remindOnce(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<FollowUps.Lapsed> due = followUps.unreminded(today, config.reminderBatchSize());
            int published = 0;
            for (FollowUps.Lapsed lapsed : due) {
                if (!followUps.markReminded(lapsed.trajectoryId(), lapsed.nextContactOn(), now)) {
                    continue;
                }
                Referral latest = Referral.<Referral>find("trajectoryId = ?1 order by receivedAt desc",
                        lapsed.trajectoryId()).firstResult();
                FollowUpLapsed event = new FollowUpLapsed(latest.id, lapsed.publicId(), lapsed.assignedVolunteerId(),
                        lapsed.nextContactOn(), now);
                outbox.publish(Topics.TRAJECTORY_INTERNAL, EventTypes.FOLLOW_UP_LAPSED, lapsed.publicId().toString(),
                        event);
                published++;
            }
            if (published > 0) {
                LOG.infof("Follow-up reminders: %d lapsed follow-ups announced", published);
            }
            return published;
        });
    }
}
