package be.koepel.referral.referral;

import be.koepel.platform.problem.Problem.Violation;
import be.koepel.referral.organisation.ReferringOrganisation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of a referral beyond what bean validation can say: they depend on who refers and on
 * today's date. All violations are returned at once, so the referrer fixes them in one go.
 */
public final class ReferralRules {

    /** Older than this is a typing error, not a person. */
    static final int MAX_AGE_YEARS = 120;

    private ReferralRules() {
    }

    /**
     * @param organisationType the type of the organisation in the caller's token
     * @param byCoordinator whether a coordinator of the network enters the referral
     * @param currentYear this year in the region's zone
     */
    public static List<Violation> check(NewReferral referral, ReferringOrganisation.Type organisationType,
            boolean byCoordinator, int currentYear) {
        List<Violation> violations = new ArrayList<>();
        Channel channel = referral.channel();

        if (channel.isEnteredByCoordinator()) {
            if (!byCoordinator) {
                violations.add(new Violation("channel", "a " + channel + " referral is entered by a coordinator of the network"));
            }
        } else if (byCoordinator && channel.organisationType().filter(t -> t == organisationType).isEmpty()) {
            violations.add(new Violation("channel", "a coordinator enters SELF or FAMILY referrals; "
                    + channel + " referrals come from the organisation itself"));
        } else if (channel.organisationType().filter(t -> t == organisationType).isEmpty()) {
            violations.add(new Violation("channel", channel == Channel.ER
                    ? "only a hospital can make an ER referral"
                    : "a " + organisationType + " organisation refers through " + channelsOf(organisationType)
                            + ", not " + channel));
        }

        if (channel == Channel.ER && referral.er() == null) {
            violations.add(new Violation("er", "an ER referral needs the hospital department and room"));
        }
        if (referral.er() != null && !channel.isHospital()) {
            violations.add(new Violation("er", "only a hospital referral has a department and room"));
        }

        // The referrer is called back (or texted) when no peer could be reached, so the number must dial.
        if (referral.referrer() != null && referral.referrer().phone() != null
                && PhoneNumbers.toE164(referral.referrer().phone()).isEmpty()) {
            violations.add(new Violation("referrer.phone",
                    "must be a number that can be called back: with a country code (+32 14 40 60 11) or a Belgian "
                            + "number with its leading 0 (014 40 60 11)"));
        }

        Integer birthYear = referral.person().birthYear();
        if (birthYear != null && (birthYear > currentYear || birthYear < currentYear - MAX_AGE_YEARS)) {
            violations.add(new Violation("person.birthYear",
                    "must be between " + (currentYear - MAX_AGE_YEARS) + " and " + currentYear));
        }

        NewReferral.Situation situation = referral.situation();
        if (situation != null) {
            if (situation.secondarySubstance() != null && situation.mainSubstance() == null) {
                violations.add(new Violation("situation.mainSubstance", "a secondary substance needs a main substance"));
            }
            if (situation.secondarySubstance() != null && situation.secondarySubstance() == situation.mainSubstance()) {
                violations.add(new Violation("situation.secondarySubstance", "must differ from the main substance"));
            }
            if (Boolean.TRUE.equals(situation.erIntoxication()) && channel != Channel.ER) {
                violations.add(new Violation("situation.erIntoxication", "only an ER referral records an intoxication at the ER"));
            }
        }

        NewReferral.Consent consent = referral.consent();
        boolean partnersListed = consent.partners() != null && !consent.partners().isEmpty();
        if (consent.sharesWithPartners() && !partnersListed) {
            violations.add(new Violation("consent.partners", "name the partners the person agreed to share with"));
        }
        if (!consent.sharesWithPartners() && partnersListed) {
            violations.add(new Violation("consent.shareWithPartners",
                    "must be true when partners are listed: sharing needs the person's consent"));
        }
        violations.sort(Comparator.comparing(Violation::field));
        return violations;
    }

    private static List<Channel> channelsOf(ReferringOrganisation.Type type) {
        List<Channel> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (channel.organisationType().filter(t -> t == type).isPresent()) {
                channels.add(channel);
            }
        }
        return channels;
    }
}
