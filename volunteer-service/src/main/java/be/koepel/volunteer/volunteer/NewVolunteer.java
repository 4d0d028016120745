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
 * What a coordinator gives to register a peer supporter. Only name, phone and languages are
 * required; the rest of the profile can follow with an update.
 *
 * @param phone international form, e.g. {@code +32 470 12 34 56}; the SMS gateway needs the country code
 * @param languages ISO 639-1 codes, e.g. {@code ["nl", "fr"]}
 * @param status CANDIDATE or ACTIVE; ACTIVE when absent, as registration meant before statuses existed
 */
public record NewVolunteer(
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
        @Min(0) @Max(20) Integer maxTrajectories,
        Status status) implements ProfileFields {

    /** Kept so that code and tests written for the first registration form keep compiling. */
    public NewVolunteer(String displayName, String phone, String email, List<String> languages) {
        this(displayName, phone, email, languages, null, null, null, null, null, null, null, null);
    }
}
