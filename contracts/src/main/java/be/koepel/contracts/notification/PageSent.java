package be.koepel.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/** A peer supporter was paged for a referral and has until the deadline to answer. */
public record PageSent(
        UUID pageId,
        UUID referralId,
        UUID volunteerId,
        int candidateRank,
        Instant sentAt,
        Instant acknowledgeBy) {
}
