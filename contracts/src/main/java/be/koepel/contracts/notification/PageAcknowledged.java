package be.koepel.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/** The paged peer supporter said "I'm going": escalation stops and the referral gets its peer. */
public record PageAcknowledged(
        UUID pageId,
        UUID referralId,
        UUID volunteerId,
        Instant acknowledgedAt) {
}
