package be.koepel.group.contactgroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where a group meets; the accessibility notes tell a newcomer what to expect at the door. */
public record Venue(
        @Size(max = 200) String name,
        @NotBlank @Size(max = 300) String address,
        @Size(max = 1000) String accessibilityNotes) {
}
