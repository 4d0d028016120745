package be.koepel.volunteer.volunteer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The professional (e.g. a CAW social worker) who backs a volunteer up where a peer cannot follow up alone. */
public record BackupInput(
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @Size(max = 100) String contactName,
        @Pattern(regexp = ContactDetails.PHONE_PATTERN,
                message = "must be an international number such as +32470123456") String phone,
        @Email @Size(max = 200) String email) {
}
