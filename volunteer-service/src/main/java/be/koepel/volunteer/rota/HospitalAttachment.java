package be.koepel.volunteer.rota;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A hospital to add to a shared schedule. */
public record HospitalAttachment(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
                message = "must be an organisation id such as az-herentals") String hospitalId) {
}
