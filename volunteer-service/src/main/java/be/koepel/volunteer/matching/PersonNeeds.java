package be.koepel.volunteer.matching;

import java.util.List;

/**
 * What matching knows of the person from the referral event: no name, no contact details.
 *
 * @param language ISO 639-1, the one language the referral names for the person; null when unknown
 * @param preferredPeerGender FEMALE, MALE or NO_PREFERENCE; null when not asked
 * @param ageBand e.g. {@code 25-34}; null when unknown
 * @param substances substance categories (as {@link be.koepel.volunteer.volunteer.Substance}); empty when unknown
 * @param urgent someone must go now (an ER referral): language then ranks instead of filtering
 */
public record PersonNeeds(String language, String preferredPeerGender, String ageBand, String municipality,
        List<String> substances, boolean urgent) {

    public PersonNeeds {
        substances = substances == null ? List.of() : List.copyOf(substances);
    }

    /** A routine referral's needs: the language filters. */
    public PersonNeeds(String language, String preferredPeerGender, String ageBand, String municipality,
            List<String> substances) {
        this(language, preferredPeerGender, ageBand, municipality, substances, false);
    }
}
