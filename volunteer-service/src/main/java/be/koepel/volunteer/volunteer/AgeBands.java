package be.koepel.volunteer.volunteer;

import java.util.List;

/** The age bands the network records, youngest first; the same bands referral-service uses for persons. */
public final class AgeBands {

    public static final List<String> BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    public static final String PATTERN = "18-24|25-34|35-44|45-54|55-64|65\\+";

    private AgeBands() {
    }

    /** The band's place, youngest 0; -1 when unknown, so callers can tell "no data" from "youngest". */
    public static int index(String band) {
        return band == null ? -1 : BANDS.indexOf(band);
    }
}
