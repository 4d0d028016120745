package be.koepel.referral.referral;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as people write them, in E.164 for machines that dial or text them. Belgian
 * numbers written the national way (a leading 0) get the country code +32.
 */
public final class PhoneNumbers {

    static final String BELGIUM = "32";
    /** What the events' schemas require: a plus, no leading zero, 7 to 15 digits. */
    static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    /** Spaces, dots, slashes, dashes and brackets that people put between digits. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s./()\\-]");
    /** "+32 (0)14 …": the national trunk zero written after the country code. */
    private static final Pattern TRUNK_ZERO = Pattern.compile("^(\\+\\d{1,3})\\s*\\(0\\)");

    private PhoneNumbers() {
    }

    /** @return the number in E.164, or empty when it cannot be read as one */
    public static Optional<String> toE164(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(TRUNK_ZERO.matcher(written.trim()).replaceFirst("$1")).replaceAll("");
        String international;
        if (digits.startsWith("+")) {
            international = digits;
        } else if (digits.startsWith("00")) {
            international = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            international = "+" + BELGIUM + digits.substring(1);
        } else {
            // Without a 0 or a country code there is no telling which country it is.
            return Optional.empty();
        }
        return E164.matcher(international).matches() ? Optional.of(international) : Optional.empty();
    }
}
