package be.koepel.notification.paging;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.matching.PeerAssigned;
import be.koepel.contracts.matching.PeerCandidatesProposed;
import be.koepel.contracts.matching.PeerCandidatesProposedV2;
import be.koepel.notification.notice.Notices;
import be.koepel.notification.policy.EscalationPlan;
import be.koepel.notification.policy.EscalationPolicies;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Candidates were proposed for an ER referral (peer-candidates.proposed v1 or v2): start its
 * escalation and page the first one. A referral is escalated at most once, whatever versions and
 * redeliveries arrive. Routine assignments on the same topic become a notice to the peer.
 */
@ApplicationScoped
public class PagingStarter {

    static final String CONSUMER = "notification-service.paging";
    private static final Logger LOG = Logger.getLogger(PagingStarter.class);

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Pager pager;
    private final Clock clock;
    private final EscalationPolicies policies;
    private final Notices notices;
    private final MeterRegistry registry;

    public PagingStarter(IdempotentConsumer consumer, CloudEventCodec codec, Pager pager, Clock clock,
            EscalationPolicies policies, Notices notices, MeterRegistry registry) {
        this.policies = policies;
        this.consumer = consumer;
        this.codec = codec;
        this.pager = pager;
        this.clock = clock;
        this.notices = notices;
        this.registry = registry;
    }

    @Incoming("matching-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        switch (event.type()) {
            case EventTypes.PEER_CANDIDATES_PROPOSED ->
                    start(event, Proposal.of(event.id(), codec.data(event, PeerCandidatesProposed.class)));
            case EventTypes.PEER_CANDIDATES_PROPOSED_V2 ->
                    start(event, Proposal.of(event.id(), codec.data(event, PeerCandidatesProposedV2.class)));
            case EventTypes.PEER_ASSIGNED -> notices.peerAssigned(event.id(), codec.data(event, PeerAssigned.class));
            default -> {
                // other matching events are not for paging
            }
        }
    }

    private void start(CloudEvent event, Proposal proposal) {
        if (!proposal.isUrgent()) {
            return;
        }
        if (Escalation.forReferral(proposal.referralId()).isPresent()) {
            // Another proposal for the same referral (v1 and v2, or proposed again) must not page anyone again.
            registry.counter("koepel.proposals.ignored", "reason", "already-escalated").increment();
            LOG.infof("Referral %s is being paged already; proposal %s (%s) ignored", proposal.referralId(),
                    event.id(), event.type());
            return;
        }
        Escalation escalation = new Escalation();
        escalation.id = UUID.randomUUID();
        escalation.referralId = proposal.referralId();
        escalation.hospitalId = proposal.organisation().id();
        escalation.hospitalName = proposal.organisation().name();
        if (proposal.erLocation() != null) {
            escalation.erDepartment = proposal.erLocation().department();
            escalation.erRoom = proposal.erLocation().room();
        }
        escalation.language = proposal.language();
        if (proposal.callBack() != null) {
            escalation.callBackPhone = proposal.callBack().phone();
            escalation.callBackFunction = proposal.callBack().function();
        }
        escalation.status = Escalation.Status.PAGING;
        escalation.createdAt = clock.instant();
        EscalationPlan plan = policies.planFor(escalation.hospitalId);
        escalation.stepDelays = plan.encodedDelays();
        escalation.repeatCount = plan.repeat();
        escalation.persist();

        List<UUID> ordered = proposal.candidates();
        for (int i = 0; i < ordered.size(); i++) {
            EscalationCandidate.of(escalation.id, i + 1, ordered.get(i)).persist();
        }
        pager.pageNext(escalation, 0);
    }
}
