package be.koepel.notification.paging;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.matching.PeerCandidate;
import be.koepel.contracts.matching.PeerCandidatesProposed;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.notification.policy.EscalationPlan;
import be.koepel.notification.policy.EscalationPolicies;
import be.koepel.platform.events.CloudEvent;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Candidates were proposed for an ER referral: start its escalation and page the first one. */
@ApplicationScoped
public class PagingStarter {

    static final String CONSUMER = "notification-service.paging";
    private static final Logger LOG = Logger.getLogger(PagingStarter.class);

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Pager pager;
    private final Clock clock;
    private final EscalationPolicies policies;

    public PagingStarter(IdempotentConsumer consumer, CloudEventCodec codec, Pager pager, Clock clock,
            EscalationPolicies policies) {
        this.policies = policies;
        this.consumer = consumer;
        this.codec = codec;
        this.pager = pager;
        this.clock = clock;
    }

    @Incoming("matching-events")
    @Blocking
    public void on(String cloudEvent) {
        consumer.process(CONSUMER, cloudEvent, this::apply);
    }

    void apply(CloudEvent event) {
        if (!EventTypes.PEER_CANDIDATES_PROPOSED.equals(event.type())) {
            return;
        }
        PeerCandidatesProposed proposal = codec.data(event, PeerCandidatesProposed.class);
        if (proposal.referralId() == null || proposal.hospital() == null || proposal.candidates() == null) {
            throw new MalformedEventException("proposal " + event.id() + " lacks referralId, hospital or candidates");
        }
        if (!ReferralReceived.URGENT.equals(proposal.urgency())) {
            return;
        }
        if (Escalation.forReferral(proposal.referralId()).isPresent()) {
            // A second proposal for the same referral (another event id) must not page anyone again.
            LOG.infof("Referral %s is being paged already; proposal %s ignored", proposal.referralId(), event.id());
            return;
        }
        Escalation escalation = new Escalation();
        escalation.id = UUID.randomUUID();
        escalation.referralId = proposal.referralId();
        escalation.hospitalId = proposal.hospital().id();
        escalation.hospitalName = proposal.hospital().name();
        if (proposal.erLocation() != null) {
            escalation.erDepartment = proposal.erLocation().department();
            escalation.erRoom = proposal.erLocation().room();
        }
        escalation.language = proposal.language();
        escalation.status = Escalation.Status.PAGING;
        escalation.createdAt = clock.instant();
        EscalationPlan plan = policies.planFor(escalation.hospitalId);
        escalation.stepDelays = plan.encodedDelays();
        escalation.repeatCount = plan.repeat();
        escalation.persist();

        List<PeerCandidate> ordered = proposal.candidates().stream()
                .sorted(Comparator.comparingInt(PeerCandidate::rank)).toList();
        for (PeerCandidate candidate : ordered) {
            EscalationCandidate.of(escalation.id, candidate.rank(), candidate.volunteerId()).persist();
        }
        pager.pageNext(escalation, 0);
    }
}
