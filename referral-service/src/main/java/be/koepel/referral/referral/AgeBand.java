package be.koepel.referral.referral;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The person's age, coarse enough to identify no one. Only the band is stored, never the birth
 * year. The age is the year difference, so it may run one year ahead of the real age before the
 * birthday; for bands of ten years that is good enough and needs no birth date.
 */
public enum AgeBand {
    UNDER_18("0-17", 0),
    FROM_18_TO_24("18-24", 18),
    FROM_25_TO_34("25-34", 25),
    FROM_35_TO_44("35-44", 35),
    FROM_45_TO_54("45-54", 45),
    FROM_55_TO_64("55-64", 55),
    FROM_65("65+", 65);

    private final String label;
    private final int lowestAge;

    AgeBand(String label, int lowestAge) {
        this.label = label;
        this.lowestAge = lowestAge;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static AgeBand of(int birthYear, int currentYear) {
        int age = currentYear - birthYear;
        AgeBand band = UNDER_18;
        for (AgeBand candidate : values()) {
            if (age >= candidate.lowestAge) {
                band = candidate;
            }
        }
        return band;
    }

    public static AgeBand fromLabel(String label) {
        for (AgeBand band : values()) {
            if (band.label.equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("no age band " + label);
    }
}
