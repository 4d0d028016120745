package be.koepel.volunteer.matching;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.matching.PeerCandidate;
import be.koepel.contracts.matching.PeerCandidatesProposed;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.outbox.Outbox;
import be.koepel.volunteer.rota.Rota;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/** Proposes, for an ER referral, the on-call peer supporters to page, in order. */
@ApplicationScoped
public class ErReferralMatching {

    private static final Logger LOG = Logger.getLogger(ErReferralMatching.class);

    private final Rota rota;
    private final Outbox outbox;
    private final Clock clock;

    public ErReferralMatching(Rota rota, Outbox outbox, Clock clock) {
        this.rota = rota;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs in the consumer's transaction, so the proposal is published exactly when the event counts as processed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void propose(ReferralReceived referral) {
        requireComplete(referral);
        var hospital = referral.referringOrganisation();
        // On call when the ER received the person, not when this event happened to arrive.
        List<PeerCandidate> candidates = CandidateRanking.rank(rota.onCall(hospital.id(), referral.receivedAt()),
                hospital.name() == null || hospital.name().isBlank() ? hospital.id() : hospital.name(),
                referral.language());
        if (candidates.isEmpty()) {
            // Still published: an empty list is notification-service's cue to page the coordinator on duty.
            LOG.warnf("Nobody on call for %s at %s for ER referral %s", hospital.id(), referral.receivedAt(),
                    referral.referralId());
        }
        outbox.publish(Topics.MATCHING_EVENTS, EventTypes.PEER_CANDIDATES_PROPOSED, referral.referralId().toString(),
                new PeerCandidatesProposed(referral.referralId(), referral.urgency(), hospital, referral.erLocation(),
                        referral.language(), candidates, clock.instant()));
    }

    /** Missing fields will be missing on every retry: malformed, so the event goes to the DLQ at once. */
    private static void requireComplete(ReferralReceived referral) {
        if (referral.referralId() == null || referral.receivedAt() == null || referral.referringOrganisation() == null
                || referral.referringOrganisation().id() == null || referral.referringOrganisation().id().isBlank()) {
            throw new MalformedEventException(
                    "referral.received.v1 needs referralId, receivedAt and referringOrganisation.id");
        }
    }
}
