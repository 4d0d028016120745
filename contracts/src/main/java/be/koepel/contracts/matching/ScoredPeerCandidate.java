package be.koepel.contracts.matching;

import java.util.List;
import java.util.UUID;

/**
 * A proposed peer supporter with an explainable score. Rank 1 is paged first; within a tier the
 * higher score ranks first.
 *
 * @param tier ON_CALL (on call for the hospital now), BACKUP (on-call backup) or POOL (any eligible
 *        active volunteer, for a routine referral)
 * @param score the sum of the factors' contributions
 */
public record ScoredPeerCandidate(
        UUID volunteerId,
        int rank,
        String tier,
        double score,
        List<MatchFactor> factors) {

    public static final String ON_CALL = "ON_CALL";
    public static final String BACKUP = "BACKUP";
    public static final String POOL = "POOL";
}
