package be.koepel.volunteer.volunteer;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * @param pausedUntil the last day of a pause; required with PAUSED and only then
 */
public record StatusChange(@NotNull Status status, LocalDate pausedUntil) {
}
