package be.koepel.notification.notice;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.group.NewcomerExpected;
import be.koepel.contracts.trajectory.FollowUpLapsed;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Notification requests from group-service (a newcomer may come) and referral-service (a follow-up
 * lapsed). The other events on those topics are not for this service.
 */
@ApplicationScoped
public class NoticeRequests {

    static final String GROUP_CONSUMER = "notification-service.group-notices";
    static final String TRAJECTORY_CONSUMER = "notification-service.trajectory-notices";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Notices notices;

    public NoticeRequests(IdempotentConsumer consumer, CloudEventCodec codec, Notices notices) {
        this.consumer = consumer;
        this.codec = codec;
        this.notices = notices;
    }

    @Incoming("group-events")
    @Blocking
    public void onGroupEvent(String cloudEvent) {
        consumer.process(GROUP_CONSUMER, cloudEvent, this::applyGroupEvent);
    }

    @Incoming("trajectory-events")
    @Blocking
    public void onTrajectoryEvent(String cloudEvent) {
        consumer.process(TRAJECTORY_CONSUMER, cloudEvent, this::applyTrajectoryEvent);
    }

    void applyGroupEvent(CloudEvent event) {
        if (EventTypes.GROUP_NEWCOMER_EXPECTED.equals(event.type())) {
            notices.newcomerExpected(event.id(), codec.data(event, NewcomerExpected.class));
        }
    }

    void applyTrajectoryEvent(CloudEvent event) {
        if (EventTypes.FOLLOW_UP_LAPSED.equals(event.type())) {
            notices.followUpLapsed(event.id(), codec.data(event, FollowUpLapsed.class));
        }
    }
}
