package be.koepel.volunteer.rota;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A coordinator defines a schedule that several hospitals share, e.g. "Kempen-Zuid nacht" for AZ Herentals and
 * AZ Heilig Hart Mol.
 *
 * @param hospitals organisation ids, each once; none may be in another shared schedule
 */
public record NewSchedule(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 30) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
                message = "must be organisation ids such as az-herentals") String> hospitals) {
}
