package be.koepel.referral.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/referrals}. The referring organisation comes from the token, never from here. */
public record NewReferral(
        @NotNull Channel channel,
        @Valid ErLocation er,
        @NotNull @Valid Person person,
        @NotNull @Valid Consent consent) {

    public record ErLocation(
            @NotBlank @Size(max = 100) String department,
            @NotBlank @Size(max = 50) String room) {
    }

    public record Person(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Pattern(regexp = "^\\+?[0-9][0-9 ./()-]{5,24}$", message = "must be a phone number, e.g. +32 470 12 34 56")
            String phone,
            @NotBlank @Pattern(regexp = "^[a-z]{2}$", message = "must be an ISO 639-1 language code, e.g. nl")
            String language) {
    }

    public record Consent(
            @NotNull @AssertTrue(message = "the person must consent to be contacted by a peer supporter")
            Boolean contactByPeer) {
    }

}
