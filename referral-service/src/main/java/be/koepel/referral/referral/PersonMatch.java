package be.koepel.referral.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the same person in another referral: the same phone number, or the same first
 * name, birth year and municipality. The birth year is not stored, so the second match works on
 * a one-way key of the three; that key is personal data all the same and is erased with it.
 */
public final class PersonMatch {

    /** The network is in Belgium: a national number (0470 …) is the international +32 470 …. */
    static final String COUNTRY_CODE = "32";
    private static final String INTERNATIONAL_PREFIX = "00";
    private static final String TRUNK_PREFIX = "0";

    private PersonMatch() {
    }

    /** {@code +32 470 12 34 56}, {@code 0032470123456} and {@code 0470/12.34.56} all give {@code 32470123456}. */
    public static String phoneKey(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (phone.trim().startsWith("+")) {
            return digits;
        }
        if (digits.startsWith(INTERNATIONAL_PREFIX)) {
            return digits.substring(INTERNATIONAL_PREFIX.length());
        }
        if (digits.startsWith(TRUNK_PREFIX)) {
            return COUNTRY_CODE + digits.substring(TRUNK_PREFIX.length());
        }
        return digits;
    }

    /** Present only when all three are known; case, accents and spacing do not matter. */
    public static Optional<String> identityKey(String firstName, Integer birthYear, String municipality) {
        if (firstName == null || birthYear == null || municipality == null || municipality.isBlank()) {
            return Optional.empty();
        }
        String text = normalise(firstName) + "|" + birthYear + "|" + normalise(municipality);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
