package be.koepel.contracts.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code rota.gap-detected.v1}: in the coming 14 days nobody is on call for a schedule during
 * [gapStartsAt, gapEndsAt). The gap id is derived from the schedule and the period, so a gap found
 * again by a later scan keeps its id and coordinators are told once.
 */
public record RotaGapDetected(
        UUID gapId,
        UUID scheduleId,
        String scheduleName,
        List<String> hospitals,
        Instant gapStartsAt,
        Instant gapEndsAt,
        Instant detectedAt) {
}
