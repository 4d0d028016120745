package be.koepel.group.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A session moved to another time; the reason is shown to whoever planned to come. */
public record SessionMove(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 500) String reason) {
}
