package be.koepel.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void aBirthYearBecomesTheBandOfTheAgeReachedThisYear() {
        assertThat(AgeBand.of(2010, 2026)).isEqualTo(AgeBand.UNDER_18);
        assertThat(AgeBand.of(2008, 2026)).isEqualTo(AgeBand.FROM_18_TO_24);
        assertThat(AgeBand.of(2002, 2026)).isEqualTo(AgeBand.FROM_18_TO_24);
        assertThat(AgeBand.of(2001, 2026)).isEqualTo(AgeBand.FROM_25_TO_34);
        assertThat(AgeBand.of(1984, 2026)).isEqualTo(AgeBand.FROM_35_TO_44);
        assertThat(AgeBand.of(1961, 2026)).isEqualTo(AgeBand.FROM_65);
        assertThat(AgeBand.of(1930, 2026)).isEqualTo(AgeBand.FROM_65);
    }

    @Test
    void aBandIsWrittenAsItsRangeAndReadBackFromIt() {
        assertThat(AgeBand.FROM_35_TO_44.label()).isEqualTo("35-44");
        assertThat(AgeBand.FROM_65.label()).isEqualTo("65+");
        assertThat(AgeBand.fromLabel("0-17")).isEqualTo(AgeBand.UNDER_18);
    }
}
