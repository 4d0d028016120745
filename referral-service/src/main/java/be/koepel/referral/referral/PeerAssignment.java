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
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** A peer supporter acknowledged the page of an ER referral: the referral gets its peer. */
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
        assign(acknowledged.referralId(), acknowledged.volunteerId(), acknowledged.acknowledgedAt(),
                "volunteer:" + acknowledged.volunteerId(), Trajectories.BY_PAGE_ACKNOWLEDGEMENT);
    }

    /**
     * The one way a referral gets its peer, whether by a page acknowledgement (ER) or by a routine
     * assignment: the first wins, and the trajectory records it once.
     *
     * @param by who assigned, for the trajectory's history
     * @param how how the peer was assigned, e.g. {@link Trajectories#BY_PAGE_ACKNOWLEDGEMENT}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(UUID referralId, UUID volunteerId, Instant at, String by, String how) {
        Referral referral = Referral.findById(referralId);
        if (referral == null) {
            LOG.warnf("Peer %s assigned (%s) to unknown referral %s", volunteerId, how, referralId);
            return;
        }
        if (referral.assignPeer(volunteerId, at)) {
            LOG.infof("Referral %s: peer %s assigned (%s)", referral.id, volunteerId, how);
            // In the same transaction as the assignment and the processed event id: the first step is recorded once.
            trajectories.peerAssigned(referral, volunteerId, at, by, how);
        } else if (!referral.isAssignedTo(volunteerId)) {
            LOG.warnf("Referral %s already has peer %s; assignment (%s) of %s changes nothing",
                    referral.id, referral.assignedVolunteerId, how, volunteerId);
        }
    }
}
