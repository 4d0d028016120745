package be.koepel.group.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What the leader records for a session. There is deliberately no field for notes: what is said
 * in the group stays in the group, and no health data is recorded.
 *
 * @param trajectoryIds persons who came through a trajectory, known only by its id
 * @param otherPersons persons who came on their own, only counted
 */
public record AttendanceSheet(
        @Size(max = 200) List<@NotNull UUID> trajectoryIds,
        @PositiveOrZero Integer otherPersons,
        @Valid Guests family,
        @Valid Guests professionals) {

    /** Family members or professionals: by first name, or just counted. */
    public record Guests(
            @Size(max = 100) List<@NotNull @Pattern(regexp = FIRST_NAME, message = FIRST_NAME_ONLY) @Size(max = 50) String> firstNames,
            @PositiveOrZero Integer count) {

        static final Guests NONE = new Guests(List.of(), 0);
    }

    /**
     * One first name and no more: letters, with an inner hyphen or apostrophe (Anne-Marie, D'Arcy).
     * A space is refused, so that no surname ends up on an attendance sheet.
     */
    static final String FIRST_NAME = "\\p{L}+(['’-]\\p{L}+)*";
    static final String FIRST_NAME_ONLY = "must be one first name only: letters, no spaces";
}
