package be.koepel.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void belgianNumbersWrittenWithALeadingZeroGetTheCountryCode() {
        assertThat(PhoneNumbers.toE164("014 40 60 11")).contains("+3214406011");
        assertThat(PhoneNumbers.toE164("0470/12.34.56")).contains("+32470123456");
        assertThat(PhoneNumbers.toE164("014-40-60-11")).contains("+3214406011");
    }

    @Test
    void internationalNumbersKeepTheirCountryCodeWithoutSeparatorsOrTrunkZero() {
        assertThat(PhoneNumbers.toE164("+32 14 40 60 11")).contains("+3214406011");
        assertThat(PhoneNumbers.toE164("+32 (0)14 40 60 11")).contains("+3214406011");
        assertThat(PhoneNumbers.toE164("0031 20 123 45 67")).contains("+31201234567");
        assertThat(PhoneNumbers.toE164("+31 (20) 123 4567")).contains("+31201234567");
    }

    @Test
    void whatCannotBeDialledAsE164IsNotANumber() {
        assertThat(PhoneNumbers.toE164("14 40 60 11")).as("no country and no trunk zero").isEmpty();
        assertThat(PhoneNumbers.toE164("+0 14 40 60 11")).isEmpty();
        assertThat(PhoneNumbers.toE164("01234")).as("too short").isEmpty();
        assertThat(PhoneNumbers.toE164("+32 1234 5678 9012 3456")).as("too long").isEmpty();
        assertThat(PhoneNumbers.toE164(" ")).isEmpty();
        assertThat(PhoneNumbers.toE164(null)).isEmpty();
    }
}
