package be.koepel.contracts.matching;

import be.koepel.contracts.referral.ErLocation;
import be.koepel.contracts.referral.ReferringOrganisation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * volunteer-service proposes, in order, the peer supporters to page for a referral. It repeats
 * the referral's hospital, location and language, so that paging needs no other event.
 * An empty list means nobody is on call: paging must then go to the coordinator on duty.
 */
public record PeerCandidatesProposed(
        UUID referralId,
        String urgency,
        ReferringOrganisation hospital,
        ErLocation erLocation,
        String language,
        List<PeerCandidate> candidates,
        Instant proposedAt) {
}
