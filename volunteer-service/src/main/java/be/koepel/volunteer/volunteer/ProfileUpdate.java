package be.koepel.volunteer.volunteer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole profile as the volunteer or a coordinator wants it to be (a PUT: absent optional fields
 * are cleared). Status, trainings and the professional backup have their own endpoints.
 *
 * @param version the version the caller read; a stale one gets 409, so two edits never silently overwrite
 */
public record ProfileUpdate(
        @NotNull Long version,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Pattern(regexp = ContactDetails.PHONE_PATTERN,
                message = "must be an international number such as +32470123456") String phone,
        @Email @Size(max = 200) String email,
        @LanguageCodes List<String> languages,
        Gender gender,
        @Pattern(regexp = AgeBands.PATTERN, message = "must be one of 18-24, 25-34, 35-44, 45-54, 55-64, 65+") String ageBand,
        @Size(max = 8) List<@NotNull Substance> livedExperience,
        @PastOrPresent LocalDate recoverySince,
        @Size(max = 60) List<@NotBlank @Size(max = 80) @Pattern(regexp = MUNICIPALITY,
                message = "must be a municipality name without commas") String> municipalities,
        @Size(max = 30) List<@NotBlank @Size(max = 100) @Pattern(regexp = HOSPITAL_ID,
                message = "must be an organisation id such as az-turnhout") String> hospitals,
        @Min(0) @Max(20) Integer maxTrajectories) implements ProfileFields {
}
