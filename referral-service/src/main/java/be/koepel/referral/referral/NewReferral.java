package be.koepel.referral.referral;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/referrals}. The referring organisation comes from the token, never
 * from here. Only channel, person (first name, phone, language) and consent to contact are
 * required; the rest helps matching and the peer, and is optional.
 */
@Schema(example = """
        {"channel": "ER", "externalReference": "AZT-2026-000123",
         "referrer": {"name": "Dr. Peeters", "function": "spoedarts", "phone": "+32 14 40 60 11"},
         "er": {"department": "Spoedgevallen", "room": "Box 4", "expectedDischargeAt": "2026-11-25T10:00:00+01:00"},
         "person": {"firstName": "Jan", "lastName": "Janssens", "phone": "+32 470 12 34 56", "language": "nl",
                    "gender": "MALE", "birthYear": 1984, "municipality": "Turnhout"},
         "situation": {"mainSubstance": "ALCOHOL", "secondarySubstance": "CANNABIS", "erIntoxication": true},
         "preferences": {"peerGender": "NO_PREFERENCE", "language": "nl"},
         "familyInvolvement": {"contacts": [{"name": "An", "relation": "partner", "phone": "+32 471 00 00 00"}]},
         "consent": {"contactByPeer": true, "shareWithPartners": true, "partners": ["caw-de-kempen"]}}""")
public record NewReferral(
        @NotNull Channel channel,
        @Size(max = 100) @Schema(description = "The referrer's own reference; a repeat within 30 days returns the original")
        String externalReference,
        @Valid Referrer referrer,
        @Valid ErLocation er,
        @NotNull @Valid Person person,
        @Valid Situation situation,
        @Valid Preferences preferences,
        @Valid FamilyInvolvement familyInvolvement,
        @NotNull @Valid Consent consent,
        @Null(message = NO_NATIONAL_REGISTER_NUMBER) @JsonAlias({"rijksregisternummer", "insz", "ssin", "nationalNumber"})
        @Schema(hidden = true)
        Object nationalRegisterNumber) {

    static final String NO_NATIONAL_REGISTER_NUMBER =
            "a national register number is neither accepted nor stored; leave it out";
    static final String PHONE = "^\\+?[0-9][0-9 ./()-]{5,24}$";
    static final String PHONE_MESSAGE = "must be a phone number, e.g. +32 470 12 34 56";
    static final String LANGUAGE = "^[a-z]{2}$";
    static final String LANGUAGE_MESSAGE = "must be an ISO 639-1 language code, e.g. nl";

    /** The minimal ER body of the Foundation, still valid. */
    public NewReferral(Channel channel, ErLocation er, Person person, Consent consent) {
        this(channel, null, null, er, person, null, null, null, consent, null);
    }

    /** Who referred, for a call-back. */
    public record Referrer(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) String function,
            @NotBlank @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone) {
    }

    /** Where in the hospital the person is; for ER and ward referrals. */
    public record ErLocation(
            @NotBlank @Size(max = 100) String department,
            @NotBlank @Size(max = 50) String room,
            OffsetDateTime expectedDischargeAt) {

        public ErLocation(String department, String room) {
            this(department, room, null);
        }
    }

    public record Person(
            @NotBlank @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @NotBlank @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @NotBlank @Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String language,
            Gender gender,
            @Schema(description = "Stored only as an age band") Integer birthYear,
            @Size(max = 100) String municipality,
            @Null(message = NO_NATIONAL_REGISTER_NUMBER) @JsonAlias({"rijksregisternummer", "insz", "ssin", "nationalNumber"})
            @Schema(hidden = true)
            Object nationalRegisterNumber) {

        public Person(String firstName, String phone, String language) {
            this(firstName, null, phone, language, null, null, null, null);
        }
    }

    public record Situation(
            SubstanceCategory mainSubstance,
            SubstanceCategory secondarySubstance,
            @Schema(description = "Whether the person came to the ER intoxicated") Boolean erIntoxication) {
    }

    public record Preferences(
            PeerGender peerGender,
            @Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String language) {
    }

    /** Family members or others close to the person whom the peer may contact. */
    public record FamilyInvolvement(
            @Size(max = FamilyContact.MAX) List<@NotNull @Valid FamilyContact> contacts) {
    }

    public record FamilyContact(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 50) String relation,
            @NotBlank @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone) {

        /** More than a handful is not a family contact list any more. */
        static final int MAX = 5;
    }

    public record Consent(
            @NotNull @AssertTrue(message = "the person must consent to be contacted by a peer supporter")
            Boolean contactByPeer,
            @Schema(description = "Whether a pseudonymised trajectory may be shared with the partners listed")
            Boolean shareWithPartners,
            @Size(max = Consent.MAX_PARTNERS) List<@NotBlank @Size(max = 100) String> partners) {

        /** The network has about a dozen member organisations. */
        static final int MAX_PARTNERS = 20;

        public Consent(Boolean contactByPeer) {
            this(contactByPeer, null, null);
        }

        boolean sharesWithPartners() {
            return Boolean.TRUE.equals(shareWithPartners);
        }
    }
}
