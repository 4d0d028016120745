package be.koepel.notification.recipient;

import be.koepel.contracts.volunteer.ContactChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The channels as contact methods, lowest order first (equal orders keep the list's order), each
     * address once: a channel listed twice would send the same page twice.
     */
    public static List<ContactMethod> ordered(List<ContactChannel> channels) {
        List<ContactMethod> methods = new ArrayList<>();
        if (channels == null) {
            return methods;
        }
        Set<String> seen = new HashSet<>();
        channels.stream()
                .filter(c -> c != null && c.type() != null && c.address() != null && !c.address().isBlank())
                .sorted(Comparator.comparingInt(ContactChannel::order))
                .filter(c -> seen.add(c.type() + " " + c.address()))
                .forEach(c -> methods.add(new ContactMethod(methods.size(), c.type(), c.address(),
                        Math.max(c.delaySeconds(), 0))));
        return methods;
    }
}
