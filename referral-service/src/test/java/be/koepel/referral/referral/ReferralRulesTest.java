package be.koepel.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.platform.problem.Problem.Violation;
import be.koepel.referral.organisation.ReferringOrganisation.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralRulesTest {

    static final int THIS_YEAR = 2026;

    @Test
    void eachOrganisationTypeRefersThroughItsOwnChannels() {
        assertThat(fieldsOf(referral(Channel.ER, er()), Type.HOSPITAL, false)).isEmpty();
        assertThat(fieldsOf(referral(Channel.WARD, er()), Type.HOSPITAL, false)).isEmpty();
        assertThat(fieldsOf(referral(Channel.GP, null), Type.GP, false)).isEmpty();
        assertThat(fieldsOf(referral(Channel.OCMW, null), Type.OCMW, false)).isEmpty();
        assertThat(fieldsOf(referral(Channel.CAW, null), Type.CAW, false)).isEmpty();
        assertThat(fieldsOf(referral(Channel.DRUG_SERVICE, null), Type.DRUG_SERVICE, false)).isEmpty();
        assertThat(fieldsOf(referral(Channel.JUSTICE, null), Type.JUSTICE, false)).isEmpty();
        assertThat(fieldsOf(referral(Channel.OCMW, null), Type.GP, false)).containsExactly("channel");
        assertThat(fieldsOf(referral(Channel.ER, er()), Type.GP, false)).containsExactly("channel");
    }

    @Test
    void selfAndFamilyReferralsAreEnteredOnlyByACoordinator() {
        assertThat(fieldsOf(referral(Channel.SELF, null), Type.OTHER, true)).isEmpty();
        assertThat(fieldsOf(referral(Channel.FAMILY, null), Type.OTHER, true)).isEmpty();
        assertThat(fieldsOf(referral(Channel.SELF, null), Type.CAW, false)).containsExactly("channel");
        assertThat(fieldsOf(referral(Channel.GP, null), Type.OTHER, true)).containsExactly("channel");
    }

    @Test
    void anErReferralNeedsItsLocationAndOnlyHospitalReferralsHaveOne() {
        assertThat(fieldsOf(referral(Channel.ER, null), Type.HOSPITAL, false)).containsExactly("er");
        assertThat(fieldsOf(referral(Channel.GP, er()), Type.GP, false)).containsExactly("er");
    }

    @Test
    void aBirthYearInTheFutureOrMoreThanAHundredAndTwentyYearsAgoIsATypingError() {
        assertThat(fieldsOf(withBirthYear(THIS_YEAR + 1), Type.GP, false)).containsExactly("person.birthYear");
        assertThat(fieldsOf(withBirthYear(THIS_YEAR - ReferralRules.MAX_AGE_YEARS - 1), Type.GP, false))
                .containsExactly("person.birthYear");
        assertThat(fieldsOf(withBirthYear(THIS_YEAR - ReferralRules.MAX_AGE_YEARS), Type.GP, false)).isEmpty();
        assertThat(fieldsOf(withBirthYear(THIS_YEAR), Type.GP, false)).isEmpty();
    }

    @Test
    void theSecondarySubstanceDiffersFromTheMainOneAndOnlyTheErRecordsAnIntoxication() {
        NewReferral same = new NewReferral(Channel.GP, null, null, null, person(),
                new NewReferral.Situation(SubstanceCategory.ALCOHOL, SubstanceCategory.ALCOHOL, true),
                null, null, new NewReferral.Consent(true), null);
        assertThat(fieldsOf(same, Type.GP, false))
                .containsExactly("situation.erIntoxication", "situation.secondarySubstance");
        NewReferral withoutMain = new NewReferral(Channel.GP, null, null, null, person(),
                new NewReferral.Situation(null, SubstanceCategory.CANNABIS, null), null, null, new NewReferral.Consent(true), null);
        assertThat(fieldsOf(withoutMain, Type.GP, false)).containsExactly("situation.mainSubstance");
    }

    @Test
    void sharingWithPartnersNeedsConsentAndTheNamesOfThePartners() {
        assertThat(fieldsOf(withConsent(new NewReferral.Consent(true, true, List.of())), Type.GP, false))
                .containsExactly("consent.partners");
        assertThat(fieldsOf(withConsent(new NewReferral.Consent(true, false, List.of("caw-de-kempen"))), Type.GP, false))
                .containsExactly("consent.shareWithPartners");
        assertThat(fieldsOf(withConsent(new NewReferral.Consent(true, true, List.of("caw-de-kempen"))), Type.GP, false))
                .isEmpty();
    }

    private static List<String> fieldsOf(NewReferral referral, Type type, boolean byCoordinator) {
        return ReferralRules.check(referral, type, byCoordinator, THIS_YEAR).stream().map(Violation::field).toList();
    }

    private static NewReferral referral(Channel channel, NewReferral.ErLocation er) {
        return new NewReferral(channel, er, person(), new NewReferral.Consent(true));
    }

    private static NewReferral withBirthYear(int birthYear) {
        return new NewReferral(Channel.GP, null, new NewReferral.Person("Jan", null, "+32470123456", "nl", null, birthYear,
                "Turnhout", null), new NewReferral.Consent(true));
    }

    private static NewReferral withConsent(NewReferral.Consent consent) {
        return new NewReferral(Channel.GP, null, person(), consent);
    }

    private static NewReferral.Person person() {
        return new NewReferral.Person("Jan", "+32470123456", "nl");
    }

    private static NewReferral.ErLocation er() {
        return new NewReferral.ErLocation("Spoed", "Box 1");
    }
}
