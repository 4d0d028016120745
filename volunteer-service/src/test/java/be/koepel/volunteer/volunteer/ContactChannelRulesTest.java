package be.koepel.volunteer.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.platform.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactChannelRulesTest {

    @Test
    void everyKindOfChannelWithAValidAddressIsAccepted() {
        List<ContactChannelInput> channels = List.of(
                new ContactChannelInput("SMS", "+32 470 12 34 56", 0, null),
                new ContactChannelInput("EMAIL", "els@example.org", 1, 0),
                new ContactChannelInput("WEBHOOK", "https://hooks.example.org/koepel", 2, 120),
                new ContactChannelInput("WEB_PUSH", "Els's phone", 3, 300));

        assertThat(ContactChannelRules.violations(channels, "channels")).isEmpty();
    }

    @Test
    void eachBadFieldIsNamedWithItsPlaceInTheList() {
        List<ContactChannelInput> channels = List.of(
                new ContactChannelInput("PIGEON", "roof", 0, 0),
                new ContactChannelInput("WEBHOOK", "http://hooks.example.org/koepel", 1, 0),
                new ContactChannelInput("SMS", "0470123456", 1, 7200),
                new ContactChannelInput("EMAIL", "not an address", null, -1));

        assertThat(ContactChannelRules.violations(channels, "channels")).extracting(Problem.Violation::field)
                .containsExactly("channels[0].type", "channels[1].address", "channels[2].address",
                        "channels[2].order", "channels[2].delaySeconds", "channels[3].address", "channels[3].order",
                        "channels[3].delaySeconds");
    }

    @Test
    void anEmptyListIsRefusedBecauseNobodyCouldBePaged() {
        assertEquals(List.of(new Problem.Violation("channels", "must list at least one way to reach the person")),
                ContactChannelRules.violations(List.of(), "channels"));
    }

    @Test
    void storedChannelsAreInOrderWithPhonesNormalisedAndNoDelayMeaningTogether() {
        List<ContactChannel> stored = ContactChannelRules.normalised(List.of(
                new ContactChannelInput("EMAIL", " els@example.org ", 5, 60),
                new ContactChannelInput("SMS", "+32 470 12.34.56", 1, null)));

        assertEquals(List.of(new ContactChannel("SMS", "+32470123456", 1, 0),
                new ContactChannel("EMAIL", "els@example.org", 5, 60)), stored);
    }
}
