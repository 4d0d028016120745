package be.koepel.contracts.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code rota.gap-detected.v1}: in the coming 14 days nobody on call for a schedule can be paged during
 * [gapStartsAt, gapEndsAt). The gap id is derived from the schedule and the period, so a gap found
 * again by a later scan keeps its id and coordinators are told once. {@code kind} says whether the
 * rota puts nobody on call or only people who cannot be paged; who they are and why (a pause, a
 * blackout) is personal and never in the event. Events from before the field have none.
 */
public record RotaGapDetected(
        UUID gapId,
        UUID scheduleId,
        String scheduleName,
        List<String> hospitals,
        Instant gapStartsAt,
        Instant gapEndsAt,
        Instant detectedAt,
        Kind kind) {

    public enum Kind {
        /** The rota puts nobody on call. */
        NOBODY_SCHEDULED,
        /** The rota puts someone on call, but none of them can be paged. */
        NOBODY_PAGEABLE
    }
}
