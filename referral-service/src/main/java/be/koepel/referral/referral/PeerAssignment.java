package be.koepel.referral.referral;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.inbox.IdempotentConsumer;
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

    public PeerAssignment(IdempotentConsumer consumer, CloudEventCodec codec) {
        this.consumer = consumer;
        this.codec = codec;
    }

    @Incoming("notification-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
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
        } else if (!referral.isAssignedTo(acknowledged.volunteerId())) {
            LOG.warnf("Referral %s already has peer %s; acknowledgement by %s changes nothing",
                    referral.id, referral.assignedVolunteerId, acknowledged.volunteerId());
        }
    }
}
