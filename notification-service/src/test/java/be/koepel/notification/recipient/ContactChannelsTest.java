package be.koepel.notification.recipient;

import static org.assertj.core.api.Assertions.assertThat;

import be.koepel.contracts.volunteer.ContactChannel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactChannelsTest {

    @Test
    void methodsFollowTheVolunteersOrderAndKeepTheirDelays() {
        assertThat(ContactChannels.ordered(List.of(
                new ContactChannel(ContactChannel.EMAIL, "a@peer.example", 5, 90),
                new ContactChannel(ContactChannel.SMS, "+32470000001", 1, 0))))
                .containsExactly(new ContactMethod(0, "SMS", "+32470000001", 0),
                        new ContactMethod(1, "EMAIL", "a@peer.example", 90));
    }

    @Test
    void theSameAddressTwiceIsOneMethodSoAPageNeverGoesThereTwice() {
        assertThat(ContactChannels.ordered(List.of(
                new ContactChannel(ContactChannel.SMS, "+32470000001", 0, 0),
                new ContactChannel(ContactChannel.SMS, "+32470000001", 1, 60))))
                .containsExactly(new ContactMethod(0, "SMS", "+32470000001", 0));
    }

    @Test
    void channelsWithoutAnAddressAreLeftOutAndNoChannelsMeansNoMethods() {
        assertThat(ContactChannels.ordered(Arrays.asList(
                new ContactChannel(ContactChannel.EMAIL, " ", 0, 0), null,
                new ContactChannel(ContactChannel.WEBHOOK, null, 1, 0)))).isEmpty();
        assertThat(ContactChannels.ordered(null)).isEmpty();
    }
}
