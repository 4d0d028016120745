package be.koepel.volunteer.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.koepel.contracts.volunteer.ContactChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    void smsComesFirstAndEmailSecondWhenGiven() {
        assertEquals(List.of(new ContactChannel("SMS", "+32470123456", 0), new ContactChannel("EMAIL", "a@b.be", 1)),
                ContactDetails.channels("+32470123456", "a@b.be"));
    }

    @Test
    void withoutEmailOnlySmsIsOffered() {
        assertEquals(List.of(new ContactChannel("SMS", "+32470123456", 0)), ContactDetails.channels("+32470123456", null));
    }

    @Test
    void aPhoneNumberAsPeopleTypeItIsAcceptedAndStoredAsTheGatewayWantsIt() {
        assertTrue("+32 470 12.34.56".matches(ContactDetails.PHONE_PATTERN));
        assertEquals("+32470123456", ContactDetails.normalisePhone("+32 470 12.34.56"));
    }

    @Test
    void aNationalNumberWithoutCountryCodeIsRefused() {
        assertFalse("0470123456".matches(ContactDetails.PHONE_PATTERN));
        assertFalse("+32".matches(ContactDetails.PHONE_PATTERN));
    }
}
