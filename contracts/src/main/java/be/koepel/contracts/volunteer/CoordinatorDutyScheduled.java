package be.koepel.contracts.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A coordinator is on duty during [startsAt, endsAt): the one to page when an ER referral finds no
 * peer supporter (empty proposal, or notification-service's safety net). Periods never overlap, so at
 * any instant at most one published duty covers it; a consumer keeps them by {@code dutyId}.
 *
 * @param coordinatorId the coordinator's user id (token subject)
 * @param contactChannels where to page them, lowest order first
 */
public record CoordinatorDutyScheduled(
        UUID dutyId,
        String coordinatorId,
        String displayName,
        List<ContactChannel> contactChannels,
        Instant startsAt,
        Instant endsAt,
        Instant scheduledAt) {
}
