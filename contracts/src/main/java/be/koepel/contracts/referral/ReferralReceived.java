package be.koepel.contracts.referral;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * A referral was accepted and stored. It carries what matching and paging need, and no personal
 * data: no name and no phone number of the person, which stay in referral-service.
 *
 * @param urgency {@code URGENT} for an ER referral (page at once), else {@code ROUTINE}
 * @param erLocation set for ER referrals only
 * @param language the person's language, as an ISO 639-1 code
 * @param callBack the referrer's call-back contact; added later, so older events have none
 */
public record ReferralReceived(
        UUID referralId,
        String channel,
        String urgency,
        ReferringOrganisation referringOrganisation,
        ErLocation erLocation,
        String language,
        Instant receivedAt,
        ReferrerCallBack callBack) {

    public static final String URGENT = "URGENT";
    public static final String ROUTINE = "ROUTINE";

    /** An event without a call-back contact, as before the field was added. */
    public ReferralReceived(UUID referralId, String channel, String urgency,
            ReferringOrganisation referringOrganisation, ErLocation erLocation, String language, Instant receivedAt) {
        this(referralId, channel, urgency, referringOrganisation, erLocation, language, receivedAt, null);
    }

    @JsonIgnore
    public boolean isUrgent() {
        return URGENT.equals(urgency);
    }
}
