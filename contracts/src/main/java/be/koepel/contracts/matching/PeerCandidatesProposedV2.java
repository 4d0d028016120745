package be.koepel.contracts.matching;

import be.koepel.contracts.referral.ErLocation;
import be.koepel.contracts.referral.ReferrerCallBack;
import be.koepel.contracts.referral.ReferringOrganisation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code peer-candidates.proposed.v2}: volunteer-service's ranked, explained proposal for any
 * referral. It repeats what paging needs (organisation, location, language, call-back contact), so
 * that notification-service needs no other event. notification-service pages only URGENT
 * proposals; a ROUTINE referral is assigned by a coordinator (or automatically), announced as
 * {@code peer.assigned.v1}.
 *
 * <p>An empty candidate list for an URGENT referral means nobody is on call: paging goes to the
 * coordinator on duty, named here when volunteer-service knows one.
 *
 * @param channel ER, WARD, GP, … as in the referral
 * @param coordinatorOnDutyId the coordinator on duty now (user id), the last escalation step; null if none is scheduled
 */
public record PeerCandidatesProposedV2(
        UUID referralId,
        String urgency,
        String channel,
        ReferringOrganisation referringOrganisation,
        ErLocation erLocation,
        String language,
        ReferrerCallBack callBack,
        List<ScoredPeerCandidate> candidates,
        String coordinatorOnDutyId,
        Instant proposedAt) {
}
