package be.koepel.contracts.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code volunteer.shifts-changed.v1}: a volunteer's on-call shifts in [horizonStartsAt,
 * horizonEndsAt) after a rota change (rotation, override or approved swap). The list replaces
 * whatever the consumer knew for that window; a newer {@code changedAt} wins. notification-service
 * uses it for the "your rota changed" message and the reminder the day before a shift.
 *
 * @param reason ROTATION_CHANGED, OVERRIDE, SWAP_APPROVED or HORIZON_MOVED (a daily refresh)
 */
public record ShiftsChanged(
        UUID volunteerId,
        List<Shift> shifts,
        Instant horizonStartsAt,
        Instant horizonEndsAt,
        String reason,
        Instant changedAt) {
}
