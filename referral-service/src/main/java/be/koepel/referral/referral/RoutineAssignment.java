package be.koepel.referral.referral;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.matching.PeerAssigned;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.inbox.IdempotentConsumer;
import be.koepel.referral.trajectory.Trajectories;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A routine referral got its peer in volunteer-service (by a coordinator, or automatically): the
 * referral is assigned exactly as by a page acknowledgement, so the peer can read the contact data.
 * Candidate proposals on the same topic are volunteer- and notification-service's business.
 */
@ApplicationScoped
public class RoutineAssignment {

    static final String CONSUMER = "referral-service.routine-assignment";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final PeerAssignment assignment;

    public RoutineAssignment(IdempotentConsumer consumer, CloudEventCodec codec, PeerAssignment assignment) {
        this.consumer = consumer;
        this.codec = codec;
        this.assignment = assignment;
    }

    @Incoming("matching-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        if (!EventTypes.PEER_ASSIGNED.equals(event.type())) {
            return;
        }
        PeerAssigned assigned = codec.data(event, PeerAssigned.class);
        if (assigned.referralId() == null || assigned.volunteerId() == null || assigned.assignedAt() == null) {
            throw new MalformedEventException(event.type() + " " + event.id()
                    + " lacks referralId, volunteerId or assignedAt");
        }
        String by = PeerAssigned.AUTO.equals(assigned.assignedBy()) ? PeerAssigned.AUTO
                : "coordinator:" + assigned.assignedBy();
        assignment.assign(assigned.referralId(), assigned.volunteerId(), assigned.assignedAt(), by,
                Trajectories.BY_ROUTINE_ASSIGNMENT);
    }
}
