package be.koepel.contracts.referral;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code referral.received.v2}: a referral from any channel was accepted and stored. Version 1
 * allows only ER referrals and stays as it is for them; every other channel (hospital ward, GP,
 * OCMW, CAW, drug service, justice, self, family, other) is announced with this version.
 *
 * <p>It carries what matching needs and no personal data: no name, phone or birth date. The age
 * band and municipality are coarse enough to identify no one, as in the public trajectory events.
 *
 * @param urgency {@code URGENT} pages at once, {@code ROUTINE} does not
 * @param erLocation set for ER referrals only
 * @param expectedDischargeAt when the hospital expects the person to leave, if known
 * @param language the person's language, as an ISO 639-1 code
 * @param preferredPeerGender FEMALE, MALE or NO_PREFERENCE; null when not asked
 * @param ageBand e.g. {@code 25-34}; null when the birth year was not given
 * @param municipality where the person lives; null when not given
 * @param callBack the referrer's call-back contact; added later, so older events have none
 * @param substances the substance categories the referral is about, main first (ALCOHOL, CANNABIS, COCAINE,
 *        OTHER_STIMULANTS, OPIATES, MEDICATION, GAMBLING_GAMING, OTHER, as the intake names them), for matching
 *        a peer with lived experience of them; added later and optional, so null when not given
 */
public record ReferralReceivedV2(
        UUID referralId,
        String channel,
        String urgency,
        ReferringOrganisation referringOrganisation,
        ErLocation erLocation,
        Instant expectedDischargeAt,
        String language,
        String preferredPeerGender,
        String ageBand,
        String municipality,
        Instant receivedAt,
        ReferrerCallBack callBack,
        List<String> substances) {

    @JsonIgnore
    public boolean isUrgent() {
        return ReferralReceived.URGENT.equals(urgency);
    }
}
