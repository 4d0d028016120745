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
 */
public record ReferralReceived(
        UUID referralId,
        String channel,
        String urgency,
        ReferringOrganisation referringOrganisation,
        ErLocation erLocation,
        String language,
        Instant receivedAt) {

    public static final String URGENT = "URGENT";
    public static final String ROUTINE = "ROUTINE";

    @JsonIgnore
    public boolean isUrgent() {
        return URGENT.equals(urgency);
    }
}
