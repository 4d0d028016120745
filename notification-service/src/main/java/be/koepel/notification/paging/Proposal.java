package be.koepel.notification.paging;

import be.koepel.contracts.matching.PeerCandidate;
import be.koepel.contracts.matching.PeerCandidatesProposed;
import be.koepel.contracts.matching.PeerCandidatesProposedV2;
import be.koepel.contracts.matching.ScoredPeerCandidate;
import be.koepel.contracts.referral.ErLocation;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.contracts.referral.ReferrerCallBack;
import be.koepel.contracts.referral.ReferringOrganisation;
import be.koepel.platform.events.MalformedEventException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What paging needs of a candidate proposal, whichever version it came as: v1 (hospital, plain
 * candidates) or v2 (referring organisation, scored candidates, call-back contact).
 *
 * @param candidates volunteer ids in the order they are paged
 * @param callBack null when the referral named none (always for v1)
 */
record Proposal(UUID referralId, String urgency, ReferringOrganisation organisation, ErLocation erLocation,
        String language, List<UUID> candidates, ReferrerCallBack callBack) {

    boolean isUrgent() {
        return ReferralReceived.URGENT.equals(urgency);
    }

    static Proposal of(String eventId, PeerCandidatesProposed v1) {
        if (v1.referralId() == null || v1.hospital() == null || v1.candidates() == null) {
            throw new MalformedEventException("proposal " + eventId + " lacks referralId, hospital or candidates");
        }
        return new Proposal(v1.referralId(), v1.urgency(), v1.hospital(), v1.erLocation(), v1.language(),
                v1.candidates().stream().sorted(Comparator.comparingInt(PeerCandidate::rank))
                        .map(PeerCandidate::volunteerId).toList(), null);
    }

    static Proposal of(String eventId, PeerCandidatesProposedV2 v2) {
        if (v2.referralId() == null || v2.referringOrganisation() == null || v2.candidates() == null) {
            throw new MalformedEventException("proposal " + eventId + " lacks referralId, referringOrganisation or candidates");
        }
        ReferrerCallBack callBack = v2.callBack() == null || v2.callBack().phone() == null
                || v2.callBack().phone().isBlank() ? null : v2.callBack();
        return new Proposal(v2.referralId(), v2.urgency(), v2.referringOrganisation(), v2.erLocation(), v2.language(),
                v2.candidates().stream().sorted(Comparator.comparingInt(ScoredPeerCandidate::rank))
                        .map(ScoredPeerCandidate::volunteerId).toList(), callBack);
    }
}
