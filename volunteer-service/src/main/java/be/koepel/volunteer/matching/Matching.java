package be.koepel.volunteer.matching;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.matching.PeerAssigned;
import be.koepel.contracts.matching.PeerCandidatesProposedV2;
import be.koepel.contracts.matching.ScoredPeerCandidate;
import be.koepel.contracts.referral.ErLocation;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.contracts.referral.ReferralReceivedV2;
import be.koepel.contracts.referral.ReferrerCallBack;
import be.koepel.contracts.referral.ReferringOrganisation;
import be.koepel.platform.events.MalformedEventException;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.problem.ProblemException;
import be.koepel.volunteer.duty.DutySchedule;
import be.koepel.volunteer.load.Loads;
import be.koepel.volunteer.rota.OnCallShift;
import be.koepel.volunteer.rota.Rota;
import be.koepel.volunteer.volunteer.Pageability;
import be.koepel.volunteer.volunteer.Status;
import be.koepel.volunteer.volunteer.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Proposes peer supporters for referrals, ranked by {@link MatchScorer}: for an urgent referral those on call
 * for the organisation (then the backups), for a routine one everyone eligible in the pool. Assigning a
 * routine referral (by a coordinator or automatically) happens here too, with the load it adds.
 */
@ApplicationScoped
public class Matching {

    private static final Logger LOG = Logger.getLogger(Matching.class);
    private static final String ER = "ER";

    private final Rota rota;
    private final DutySchedule duties;
    private final PeerProfiles profiles;
    private final Loads loads;
    private final Outbox outbox;
    private final MatchingConfig config;
    private final Clock clock;

    public Matching(Rota rota, DutySchedule duties, PeerProfiles profiles, Loads loads, Outbox outbox,
            MatchingConfig config, Clock clock) {
        this.rota = rota;
        this.duties = duties;
        this.profiles = profiles;
        this.loads = loads;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** An ER referral (v1): runs in the consumer's transaction, so the proposal is published exactly when the event counts as processed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void proposeUrgent(ReferralReceived referral) {
        if (referral.referralId() == null || referral.receivedAt() == null || organisationId(referral.referringOrganisation()) == null) {
            throw new MalformedEventException(
                    "referral.received.v1 needs referralId, receivedAt and referringOrganisation.id");
        }
        PersonNeeds person = new PersonNeeds(referral.language(), null, null, null, List.of(), true);
        Ranking.Result ranked = onCall(referral.referringOrganisation().id(), referral.receivedAt(), person);
        publishProposal(referral.referralId(), referral.urgency(), referral.channel() == null ? ER : referral.channel(),
                referral.referringOrganisation(), referral.erLocation(), referral.language(), referral.callBack(),
                ranked.candidates());
    }

    /** A referral from any other channel (v2): kept for the matches endpoint, proposed, and perhaps auto-assigned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(ReferralReceivedV2 referral) {
        if (referral.referralId() == null || referral.receivedAt() == null || referral.channel() == null
                || referral.urgency() == null || organisationId(referral.referringOrganisation()) == null) {
            throw new MalformedEventException("referral.received.v2 needs referralId, channel, urgency, receivedAt"
                    + " and referringOrganisation.id");
        }
        if (MatchingReferral.findById(referral.referralId()) != null) {
            return; // the same referral announced again under another event id: proposed once
        }
        MatchingReferral kept = keep(referral);
        Ranking.Result ranked = rank(kept);
        boolean urgent = referral.isUrgent();
        List<ScoredPeerCandidate> candidates = urgent ? ranked.candidates()
                : ranked.candidates().stream().limit(config.poolProposalSize()).toList();
        publishProposal(kept.referralId, kept.urgency, kept.channel, referral.referringOrganisation(),
                referral.erLocation(), kept.language, referral.callBack(), candidates);
        if (!urgent && config.autoAssign() && !candidates.isEmpty()) {
            // Only when nobody was assigned in the meantime; a conflict here must not send the event to the DLQ.
            if (loads.assignment(kept.referralId).isEmpty()) {
                assignChecked(kept, candidates.get(0).volunteerId(), PeerAssigned.AUTO);
            }
        }
    }

    /** The ranked, explained matches of a kept referral, with who was left out and why. */
    @Transactional
    public Matches matches(UUID referralId) {
        MatchingReferral referral = require(referralId);
        Ranking.Result ranked = rank(referral);
        Optional<Loads.Assignment> assignment = assignment(referralId);
        return new Matches(referral, ranked, assignment.orElse(null));
    }

    /** A coordinator's choice. 404 for an unknown referral, 400 for a volunteer who cannot take it, 409 when it has a peer. */
    @Transactional
    public PeerAssigned assign(UUID referralId, UUID volunteerId, String by) {
        MatchingReferral referral = require(referralId);
        assignment(referralId).ifPresent(a -> {
            throw alreadyAssigned(referralId, a);
        });
        Volunteer volunteer = Volunteer.<Volunteer>findByIdOptional(volunteerId)
                .orElseThrow(() -> ProblemException.badField("volunteerId", "is not a volunteer in the pool"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Rota.REGION);
        Status status = Pageability.effectiveStatus(volunteer.status, volunteer.pausedUntil, today);
        if (status != Status.ACTIVE) {
            throw ProblemException.badField("volunteerId", "is " + status + ", not ACTIVE");
        }
        // A coordinator may overrule fit (an interpreter can bridge a language), never the volunteer's own limit.
        Loads.Figures load = loads.figures(volunteerId, clock.instant());
        if (load.active() >= volunteer.maxTrajectories) {
            throw ProblemException.badField("volunteerId", "already guides " + load.active() + " of at most "
                    + volunteer.maxTrajectories + " trajectories");
        }
        return assignChecked(referral, volunteerId, by);
    }

    private PeerAssigned assignChecked(MatchingReferral referral, UUID volunteerId, String by) {
        Instant now = clock.instant();
        if (!loads.assigned(referral.referralId, volunteerId, by, now)) {
            // Lost a race with another assignment or an acknowledged page: the first one stands.
            throw alreadyAssigned(referral.referralId, assignment(referral.referralId).orElse(null));
        }
        PeerAssigned assigned = new PeerAssigned(referral.referralId, volunteerId, referral.channel,
                new ReferringOrganisation(referral.organisationId, referral.organisationName, referral.organisationType),
                by, now);
        outbox.publish(Topics.MATCHING_EVENTS, EventTypes.PEER_ASSIGNED, referral.referralId.toString(), assigned);
        return assigned;
    }

    private Ranking.Result rank(MatchingReferral referral) {
        return ReferralReceived.URGENT.equals(referral.urgency)
                ? onCall(referral.organisationId, referral.receivedAt, referral.needs())
                : Ranking.rank(scorer(), referral.needs(), profiles.pool());
    }

    /**
     * Who is on call for the organisation when the referral was received, not when the event happened to
     * arrive: rank 1 is tier ON_CALL, the rota's backups (rank 2 and up) tier BACKUP.
     */
    private Ranking.Result onCall(String organisationId, Instant at, PersonNeeds person) {
        List<OnCallShift> onCall = rota.onCall(organisationId, at);
        Map<UUID, PeerProfile> peers = profiles.of(onCall.stream().map(OnCallShift::volunteerId).toList());
        List<Ranking.Contender> contenders = new ArrayList<>(onCall.size());
        for (int i = 0; i < onCall.size(); i++) {
            OnCallShift shift = onCall.get(i);
            PeerProfile peer = peers.get(shift.volunteerId());
            if (peer != null) {
                contenders.add(new Ranking.Contender(peer,
                        shift.rank() == 1 ? ScoredPeerCandidate.ON_CALL : ScoredPeerCandidate.BACKUP, i));
            }
        }
        return Ranking.rank(scorer(), person, contenders);
    }

    private void publishProposal(UUID referralId, String urgency, String channel, ReferringOrganisation organisation,
            ErLocation erLocation, String language, ReferrerCallBack callBack, List<ScoredPeerCandidate> candidates) {
        if (candidates.isEmpty() && ReferralReceived.URGENT.equals(urgency)) {
            // Still published: an empty list is notification-service's cue to page the coordinator on duty.
            LOG.warnf("Nobody on call for %s for urgent referral %s", organisation.id(), referralId);
        }
        String coordinator = duties.onDuty(clock.instant()).map(d -> d.coordinatorId).orElse(null);
        outbox.publish(Topics.MATCHING_EVENTS, EventTypes.PEER_CANDIDATES_PROPOSED_V2, referralId.toString(),
                new PeerCandidatesProposedV2(referralId, urgency, channel, organisation, erLocation, language, callBack,
                        candidates, coordinator, clock.instant()));
    }

    private MatchingReferral keep(ReferralReceivedV2 referral) {
        MatchingReferral kept = new MatchingReferral();
        kept.referralId = referral.referralId();
        kept.channel = referral.channel();
        kept.urgency = referral.urgency();
        kept.organisationId = referral.referringOrganisation().id();
        kept.organisationName = referral.referringOrganisation().name();
        kept.organisationType = referral.referringOrganisation().type();
        kept.language = referral.language();
        kept.preferredPeerGender = referral.preferredPeerGender();
        kept.ageBand = referral.ageBand();
        kept.municipality = referral.municipality();
        kept.substances = referral.substances() == null ? List.of() : List.copyOf(referral.substances());
        kept.receivedAt = referral.receivedAt();
        kept.recordedAt = clock.instant();
        kept.persist();
        return kept;
    }

    private MatchScorer scorer() {
        return new MatchScorer(MatchWeights.of(config.weights()), config.fairSpreadWindow());
    }

    private static MatchingReferral require(UUID referralId) {
        return MatchingReferral.<MatchingReferral>findByIdOptional(referralId)
                .orElseThrow(() -> ProblemException.notFound("Referral " + referralId));
    }

    private static ProblemException alreadyAssigned(UUID referralId, Loads.Assignment assignment) {
        return ProblemException.conflict("Referral " + referralId + " already has a peer"
                + (assignment == null ? "" : ": volunteer " + assignment.volunteerId() + ", assigned by "
                        + assignment.assignedBy()));
    }

    private static String organisationId(ReferringOrganisation organisation) {
        return organisation == null || organisation.id() == null || organisation.id().isBlank() ? null
                : organisation.id();
    }

    private Optional<Loads.Assignment> assignment(UUID referralId) {
        return loads.assignment(referralId);
    }

    public record Matches(MatchingReferral referral, Ranking.Result ranked, Loads.Assignment assignment) {
    }
}
