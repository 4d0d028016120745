package be.koepel.volunteer.rota;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Someone ({@code volunteerId}) replaces {@code replacedVolunteerId} on a hospital's own rota, or on a shared
 * schedule's ({@code scheduleId} instead of {@code hospitalId}), for a period.
 */
public record NewOverride(
        @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
                message = "must be an organisation id such as az-turnhout") String hospitalId,
        @NotNull UUID replacedVolunteerId,
        @NotNull UUID volunteerId,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        UUID scheduleId) {

    public NewOverride(String hospitalId, UUID replacedVolunteerId, UUID volunteerId, OffsetDateTime startsAt,
            OffsetDateTime endsAt) {
        this(hospitalId, replacedVolunteerId, volunteerId, startsAt, endsAt, null);
    }
}
