package be.koepel.referral.referral;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.contracts.notification.PageSent;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.inbox.IdempotentConsumer;
import be.koepel.referral.trajectory.Trajectories;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** A peer supporter acknowledged the page: the referral gets its peer. */
@ApplicationScoped
public class PeerAssignment {

    static final String CONSUMER = "referral-service.peer-assignment";
    private static final Logger LOG = Logger.getLogger(PeerAssignment.class);

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Trajectories trajectories;

    public PeerAssignment(IdempotentConsumer consumer, CloudEventCodec codec, Trajectories trajectories) {
        this.consumer = consumer;
        this.codec = codec;
        this.trajectories = trajectories;
    }

    @Incoming("notification-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        if (EventTypes.PAGE_SENT.equals(event.type())) {
            PageSent sent = codec.data(event, PageSent.class);
            Referral paged = Referral.findById(sent.referralId());
            if (paged != null) {
                trajectories.peerPaged(paged);
            }
            return;
        }
        if (!EventTypes.PAGE_ACKNOWLEDGED.equals(event.type())) {
            return;
        }
        PageAcknowledged acknowledged = codec.data(event, PageAcknowledged.class);
        Referral referral = Referral.findById(acknowledged.referralId());
        if (referral == null) {
            LOG.warnf("Page %s acknowledged for unknown referral %s", acknowledged.pageId(), acknowledged.referralId());
            return;
        }
        if (referral.assignPeer(acknowledged.volunteerId(), acknowledged.acknowledgedAt())) {
            LOG.infof("Referral %s: peer %s assigned", referral.id, acknowledged.volunteerId());
            // In the same transaction as the assignment and the processed event id: the first step is recorded once.
            trajectories.peerAssigned(referral, acknowledged.volunteerId(), acknowledged.acknowledgedAt());
        } else if (!referral.isAssignedTo(acknowledged.volunteerId())) {
            LOG.warnf("Referral %s already has peer %s; acknowledgement by %s changes nothing",
                    referral.id, referral.assignedVolunteerId, acknowledged.volunteerId());
        }
    }
}
