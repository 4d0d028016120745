package be.koepel.referral.trajectory;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.group.MemberJoined;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * group-service saw a referred person at a contact group: the trajectory records it, and so the
 * statistics count the trajectory as one that reached a group. Sessions held and newcomers
 * expected, on the same topic, are not ours.
 */
@ApplicationScoped
public class ContactGroupArrivals {

    static final String CONSUMER = "referral-service.contact-group-arrivals";
    private static final Logger LOG = Logger.getLogger(ContactGroupArrivals.class);

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Trajectories trajectories;

    public ContactGroupArrivals(IdempotentConsumer consumer, CloudEventCodec codec, Trajectories trajectories) {
        this.consumer = consumer;
        this.codec = codec;
        this.trajectories = trajectories;
    }

    @Incoming("group-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        if (!EventTypes.GROUP_MEMBER_JOINED.equals(event.type())) {
            return;
        }
        MemberJoined joined = codec.data(event, MemberJoined.class);
        if (joined.trajectoryId() == null || joined.groupId() == null || joined.joinedAt() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks trajectoryId, groupId or joinedAt");
        }
        if (!trajectories.joinedContactGroup(joined.trajectoryId(), joined.groupId(), joined.joinedAt())) {
            LOG.debugf("Trajectory %s had joined group %s already", joined.trajectoryId(), joined.groupId());
        }
    }
}
