package be.koepel.group.contactgroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a coordinator gives to start a contact group. */
public record NewContactGroup(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String municipality) {
}
