package be.koepel.contracts.matching;

import be.koepel.contracts.referral.ReferringOrganisation;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code peer.assigned.v1}: a routine (non-paged) referral got its peer supporter, chosen by a
 * coordinator from the matches or assigned automatically. ER referrals are assigned by
 * acknowledging a page ({@code page.acknowledged.v1}) instead.
 *
 * @param assignedBy the coordinator's user id, or {@code auto} for automatic assignment
 */
public record PeerAssigned(
        UUID referralId,
        UUID volunteerId,
        String channel,
        ReferringOrganisation referringOrganisation,
        String assignedBy,
        Instant assignedAt) {

    public static final String AUTO = "auto";
}
