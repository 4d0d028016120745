package be.koepel.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonMatchTest {

    @Test
    void theSamePhoneNumberWrittenInAnyBelgianWayGivesTheSameKey() {
        assertThat(PersonMatch.phoneKey("+32 470 12 34 56")).isEqualTo("32470123456");
        assertThat(PersonMatch.phoneKey("0032 470 12 34 56")).isEqualTo("32470123456");
        assertThat(PersonMatch.phoneKey("0470/12.34.56")).isEqualTo("32470123456");
        assertThat(PersonMatch.phoneKey("+31 6 12345678")).isEqualTo("31612345678");
    }

    @Test
    void theIdentityKeyIgnoresCaseAccentsAndSpacingButNotTheBirthYear() {
        assertThat(PersonMatch.identityKey("Jérôme", 1984, "Sint-Niklaas"))
                .isEqualTo(PersonMatch.identityKey(" jerome", 1984, "sint niklaas"));
        assertThat(PersonMatch.identityKey("Jérôme", 1984, "Turnhout"))
                .isNotEqualTo(PersonMatch.identityKey("Jérôme", 1985, "Turnhout"));
    }

    @Test
    void withoutBirthYearOrMunicipalityThereIsNoIdentityKeyAndTheKeyDoesNotShowTheBirthYear() {
        assertThat(PersonMatch.identityKey("Jan", null, "Turnhout")).isEmpty();
        assertThat(PersonMatch.identityKey("Jan", 1984, " ")).isEmpty();
        assertThat(PersonMatch.identityKey("Jan", 1984, "Turnhout")).get().asString()
                .hasSize(64).doesNotContain("1984").doesNotContainIgnoringCase("jan");
    }
}
