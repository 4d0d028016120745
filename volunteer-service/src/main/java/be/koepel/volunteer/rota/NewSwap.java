package be.koepel.volunteer.rota;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A volunteer asks that a colleague, who has agreed, take their place for a period. Both ways of a
 * two-way swap are two requests.
 *
 * @param hospitalId the hospital whose own rota it is
 * @param requesterId the volunteer giving up the period; must be the caller unless a coordinator asks
 * @param counterpartId the colleague taking it
 * @param scheduleId instead of {@code hospitalId}: a shared schedule's id
 */
public record NewSwap(
        @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
                message = "must be an organisation id such as az-turnhout") String hospitalId,
        @NotNull UUID requesterId,
        @NotNull UUID counterpartId,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        UUID scheduleId) {

    public NewSwap(String hospitalId, UUID requesterId, UUID counterpartId, OffsetDateTime startsAt,
            OffsetDateTime endsAt) {
        this(hospitalId, requesterId, counterpartId, startsAt, endsAt, null);
    }

    NewOverride asOverride() {
        return new NewOverride(hospitalId, requesterId, counterpartId, startsAt, endsAt, scheduleId);
    }
}
