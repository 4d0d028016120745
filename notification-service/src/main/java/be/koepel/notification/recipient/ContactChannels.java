package be.koepel.notification.recipient;

import be.koepel.contracts.volunteer.ContactChannel;
import java.util.Comparator;
import java.util.List;

/** Reads contact channels as volunteer-service publishes them. */
public final class ContactChannels {

    private ContactChannels() {
    }

    /** The address of the first channel of this type, lowest order first; null when there is none. */
    public static String first(List<ContactChannel> channels, String type) {
        return channels == null ? null : channels.stream()
                .filter(c -> c != null && type.equals(c.type()) && c.address() != null)
                .min(Comparator.comparingInt(ContactChannel::order))
                .map(ContactChannel::address).orElse(null);
    }
}
