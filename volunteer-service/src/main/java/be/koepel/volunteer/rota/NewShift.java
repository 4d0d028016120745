package be.koepel.volunteer.rota;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a coordinator gives to put a volunteer on call for a hospital, or for a shared schedule.
 *
 * @param hospitalId the hospital's organisation id, e.g. {@code az-turnhout}: the entry goes on its own schedule
 * @param rank 1 for the primary, 2 for the first backup, and so on
 * @param scheduleId instead of {@code hospitalId}: a shared schedule's id
 */
public record NewShift(
        @NotNull UUID volunteerId,
        @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
                message = "must be an organisation id such as az-turnhout") String hospitalId,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotNull @Min(1) @Max(20) Integer rank,
        UUID scheduleId) {

    public NewShift(UUID volunteerId, String hospitalId, OffsetDateTime startsAt, OffsetDateTime endsAt, Integer rank) {
        this(volunteerId, hospitalId, startsAt, endsAt, rank, null);
    }
}
