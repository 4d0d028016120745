package be.koepel.group.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A session moved to another time. The reason is for the group's leaders and the coordinators;
 * everyone else sees only that it moved and to when.
 */
public record SessionMove(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 500) String reason) {
}
