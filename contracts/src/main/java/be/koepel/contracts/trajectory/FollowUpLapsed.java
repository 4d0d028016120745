package be.koepel.contracts.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code trajectory.follow-up-lapsed.v1} on {@code trajectory.internal.v1}: the agreed next
 * contact date passed with no follow-up recorded. notification-service reminds the assigned peer
 * (a non-urgent notification, so quiet hours apply). Published once per agreed date.
 */
public record FollowUpLapsed(
        UUID referralId,
        UUID trajectoryId,
        UUID volunteerId,
        LocalDate nextContactOn,
        Instant lapsedAt) {
}
