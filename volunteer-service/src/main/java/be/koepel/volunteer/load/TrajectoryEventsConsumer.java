package be.koepel.volunteer.load;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.trajectory.TrajectoryProgressed;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.inbox.IdempotentConsumer;
import be.koepel.volunteer.activity.ActivityLog;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Trajectory steps from referral-service's internal topic: a closure frees the volunteer (one less), a
 * reopening takes them again (one more), and a bedside visit that took place goes in their activity log.
 */
@ApplicationScoped
public class TrajectoryEventsConsumer {

    /** Stable: processed event ids are recorded under this name. */
    static final String CONSUMER = "volunteer-service.trajectories";
    static final String CLOSED = "CLOSED";
    static final String REOPENED = "REOPENED";
    static final String BEDSIDE_VISIT = "BEDSIDE_VISIT";
    static final String DONE = "DONE";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Loads loads;
    private final ActivityLog activity;

    public TrajectoryEventsConsumer(IdempotentConsumer consumer, CloudEventCodec codec, Loads loads,
            ActivityLog activity) {
        this.consumer = consumer;
        this.codec = codec;
        this.loads = loads;
        this.activity = activity;
    }

    @Incoming("trajectory-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, event -> {
            if (!EventTypes.TRAJECTORY_PROGRESSED.equals(event.type())) {
                return;
            }
            TrajectoryProgressed step = codec.data(event, TrajectoryProgressed.class);
            if (step.referralId() == null || step.stepType() == null || step.occurredAt() == null) {
                throw new MalformedEventException("trajectory.progressed.v1 needs referralId, stepType and occurredAt");
            }
            switch (step.stepType()) {
                case CLOSED -> loads.closed(step.referralId(), step.volunteerId(), step.occurredAt());
                case REOPENED -> loads.reopened(step.referralId(), step.volunteerId(), step.occurredAt());
                case BEDSIDE_VISIT -> {
                    if (DONE.equals(step.outcome()) && step.volunteerId() != null) {
                        activity.bedsideVisit(step);
                    }
                }
                default -> {
                    // other steps change neither load nor the activity log
                }
            }
        });
    }
}
