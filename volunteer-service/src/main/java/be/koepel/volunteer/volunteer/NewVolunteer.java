package be.koepel.volunteer.volunteer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a coordinator gives to register a peer supporter.
 *
 * @param phone international form, e.g. {@code +32 470 12 34 56}; the SMS gateway needs the country code
 * @param languages ISO 639-1 codes, e.g. {@code ["nl", "fr"]}
 */
public record NewVolunteer(
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Pattern(regexp = ContactDetails.PHONE_PATTERN,
                message = "must be an international number such as +32470123456") String phone,
        @Email @Size(max = 200) String email,
        @LanguageCodes List<String> languages) {
}
