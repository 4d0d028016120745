package be.koepel.notification.inbound;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a peer supporter means by an SMS reply to a page: "OK" is "I'm going", "NEE" is "I can't". */
public enum SmsReply {
    ACKNOWLEDGE, DECLINE;

    private static final Set<String> YES = Set.of("ok", "oke", "oké", "okay", "ja", "yes", "oui", "ik ga");
    private static final Set<String> NO = Set.of("nee", "neen", "no", "non", "ik kan niet");

    /** Only a clear answer counts; anything else changes nothing rather than guessing. */
    public static Optional<SmsReply> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!\\s]+$", "").replaceAll("\\s+", " ");
        if (YES.contains(word)) {
            return Optional.of(ACKNOWLEDGE);
        }
        if (NO.contains(word)) {
            return Optional.of(DECLINE);
        }
        return Optional.empty();
    }
}
