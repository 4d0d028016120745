package be.koepel.volunteer.rota;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * @param hospitalId the hospital whose own schedule the rotation is on
 * @param handOffTime local (Europe/Brussels) time of the hand-off, e.g. {@code 08:00}
 * @param firstHandOff the date of the first hand-off; a weekly rotation hands off on this weekday
 * @param participants volunteer ids in turn order
 * @param scheduleId instead of {@code hospitalId}: a shared schedule's id
 */
public record NewRotation(
        @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
                message = "must be an organisation id such as az-turnhout") String hospitalId,
        @NotBlank @Size(max = 100) String name,
        @NotNull RotationPlan.Kind kind,
        @NotNull LocalTime handOffTime,
        @NotNull LocalDate firstHandOff,
        @Size(max = 100) List<UUID> participants,
        @NotNull @Min(1) @Max(20) Integer rank,
        UUID scheduleId) {

    public NewRotation(String hospitalId, String name, RotationPlan.Kind kind, LocalTime handOffTime,
            LocalDate firstHandOff, List<UUID> participants, Integer rank) {
        this(hospitalId, name, kind, handOffTime, firstHandOff, participants, rank, null);
    }
}
