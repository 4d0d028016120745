package be.koepel.volunteer.availability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The whole availability, as the volunteer wants it to be: it replaces what was there. */
public record AvailabilityInput(
        @Size(max = 50) List<@Valid @NotNull Slot> weekly,
        @Size(max = 100) List<@Valid @NotNull BlackoutInput> blackouts) {

    /** @param to after {@code from}; an evening into the night is two slots, one on each day */
    public record Slot(@NotNull DayOfWeek day, @NotNull LocalTime from, @NotNull LocalTime to) {
    }

    /** @param endsOn the last day, inclusive */
    public record BlackoutInput(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @Size(max = 200) String note) {
    }
}
