package be.koepel.group.contactgroup;

import be.koepel.group.schedule.MeetingPattern;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a coordinator gives to start a contact group, and what an edit replaces. Only name and
 * municipality are required; the rest may follow as the group takes shape.
 *
 * @param method the meeting method; PIKASOL when absent
 * @param welcome who is welcome; everyone (persons, family, professionals) when absent
 * @param status ACTIVE when absent
 */
public record NewContactGroup(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String municipality,
        @Valid Venue venue,
        @Valid MeetingPattern meetingPattern,
        @Size(max = 50) String method,
        @Size(max = 20) List<@NotNull UUID> leaders,
        @Size(max = 20) List<@NotNull @Valid ProfessionalPartner> partners,
        Set<@NotNull Audience> welcome,
        @Size(max = 10) List<@NotBlank @Size(max = 10) String> languages,
        @PositiveOrZero Integer capacity,
        GroupStatus status) {
}
