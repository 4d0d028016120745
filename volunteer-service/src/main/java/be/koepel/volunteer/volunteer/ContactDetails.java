package be.koepel.volunteer.volunteer;

import be.koepel.contracts.volunteer.ContactChannel;
import java.util.ArrayList;
import java.util.List;

/** How a volunteer's phone and e-mail become the channels on which they are paged. */
public final class ContactDetails {

    /** E.164 with the readable separators people type: {@code +32 470 12.34.56}. */
    public static final String PHONE_PATTERN = "\\+[1-9][0-9 ./-]{6,22}[0-9]";

    private ContactDetails() {
    }

    /** {@code +32 470 12.34.56} becomes {@code +32470123456}, the form an SMS gateway takes. */
    public static String normalisePhone(String phone) {
        return phone.replaceAll("[ ./-]", "");
    }

    /** The methods someone chose, or when they chose none, their phone and e-mail. */
    public static List<ContactChannel> effective(List<ContactChannel> chosen, String phone, String email) {
        return chosen == null || chosen.isEmpty() ? channels(phone, email) : chosen;
    }

    /** SMS first: a page must reach someone within minutes, and e-mail is read later, if at all. */
    public static List<ContactChannel> channels(String phone, String email) {
        List<ContactChannel> channels = new ArrayList<>();
        channels.add(new ContactChannel(ContactChannel.SMS, phone, 0));
        if (email != null && !email.isBlank()) {
            channels.add(new ContactChannel(ContactChannel.EMAIL, email, 1));
        }
        return List.copyOf(channels);
    }
}
