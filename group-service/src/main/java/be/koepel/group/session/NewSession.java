package be.koepel.group.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A one-off session, e.g. an extra meeting before the holidays. */
public record NewSession(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, @Size(max = 500) String reason) {
}
