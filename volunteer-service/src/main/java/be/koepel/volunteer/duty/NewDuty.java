package be.koepel.volunteer.duty;

import be.koepel.volunteer.volunteer.ContactChannelInput;
import be.koepel.volunteer.volunteer.ContactDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * @param coordinatorId the coordinator's user id, as the token subject
 * @param phone where the coordinator is paged; international form
 * @param contactChannels optional: how to page them instead (SMS, EMAIL, WEBHOOK, WEB_PUSH with order and delay);
 *        without it, SMS to the phone, then e-mail
 */
public record NewDuty(
        @NotBlank @Size(max = 100) String coordinatorId,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Pattern(regexp = ContactDetails.PHONE_PATTERN,
                message = "must be an international number such as +32470123456") String phone,
        @Email @Size(max = 200) String email,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        List<ContactChannelInput> contactChannels) {

    /** Without chosen contact methods: SMS to the phone, then e-mail. */
    public NewDuty(String coordinatorId, String displayName, String phone, String email, OffsetDateTime startsAt,
            OffsetDateTime endsAt) {
        this(coordinatorId, displayName, phone, email, startsAt, endsAt, null);
    }
}
